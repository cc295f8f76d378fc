package io.envtune.policy.djl.internal;

import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped built-in model: a warm-started checkpoint, made by the project's own recipe ({@code envtune:tasks
 * --generate} then {@code envtune:sft --model scratch}, see the bundle README), that travels inside this bundle as the
 * resources {@code builtin/*}. {@link #copyTo(Path)} writes it out as an ordinary Hugging Face model folder, so it
 * loads, trains and saves through the same code as any other model.
 */
public final class BuiltinCheckpoint {

    /** The resource folder inside the bundle. */
    static final String FOLDER = "builtin/";
    /** The files of the checkpoint; {@code config.json} is written last, it marks a complete folder. */
    static final List<String> FILES = List.of("tokenizer.json", "tokenizer_config.json", "generation_config.json",
        Weights.SINGLE, "config.json");

    private BuiltinCheckpoint() {
    }

    /**
     * @return whether this bundle carries the checkpoint
     */
    public static boolean present() {
        return FILES.stream().allMatch(f -> BuiltinCheckpoint.class.getClassLoader().getResource(FOLDER + f) != null);
    }

    /**
     * Writes the checkpoint into a folder (each file atomically).
     *
     * @param dir the folder (created if needed)
     * @return the folder
     * @throws IllegalStateException when the bundle was built without the checkpoint
     */
    public static Path copyTo(Path dir) {
        ClassLoader loader = BuiltinCheckpoint.class.getClassLoader();
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                try (InputStream in = loader.getResourceAsStream(FOLDER + f)) {
                    if (in == null) {
                        throw new IllegalStateException("the built-in checkpoint is missing " + FOLDER + f
                            + " (this build of io.envtune.policy.djl carries no warm-started model; make one with "
                            + "launcher/make-builtin.sh)");
                    }
                    AtomicFiles.writeBytes(dir.resolve(f), in.readAllBytes());
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the built-in checkpoint to " + dir, e);
        }
    }
}
