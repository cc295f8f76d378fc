package io.envtune.policy.djl;

import io.envtune.policy.djl.internal.DjlPolicy;
import io.envtune.policy.djl.internal.DjlRuntime;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Creates DJL policies without OSGi (tests, the training loop, tools). Inside OSGi the same objects come from the
 * {@code io.envtune.policy.djl} configuration.
 */
public final class DjlPolicies {

    private DjlPolicies() {
    }

    /**
     * Starts the embedded PyTorch engine (idempotent).
     *
     * @return e.g. {@code PyTorch 2.7.1}
     * @throws IllegalStateException when the native library cannot be loaded
     */
    public static String engine() {
        return DjlRuntime.initEngine();
    }

    /**
     * Loads a Hugging Face model folder (Qwen2, Qwen3, Llama families; float32, bf16 or f16 safetensors, sharded or
     * not).
     *
     * @param modelDir the folder
     * @param options name, device, constrained decoding, GRPO settings
     * @return the policy; close it when done
     */
    public static LocalPolicy load(Path modelDir, PolicyOptions options) {
        return new DjlPolicy(modelDir, options);
    }

    /**
     * Loads the built-in model from a folder, writing it there first if the folder has no {@code config.json}.
     *
     * @param dir the folder
     * @param spec the built-in model's specification (used only when writing)
     * @param options name, device, constrained decoding, GRPO settings
     * @return the policy; close it when done
     */
    public static LocalPolicy builtin(Path dir, BuiltinModel spec, PolicyOptions options) {
        if (!Files.isRegularFile(dir.resolve("config.json"))) {
            spec.write(dir);
        }
        return load(dir, options);
    }
}
