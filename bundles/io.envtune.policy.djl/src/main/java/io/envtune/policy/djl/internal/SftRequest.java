package io.envtune.policy.djl.internal;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code envtune:sft} was asked, checked on construction so bad input fails with a message naming the option.
 *
 * @param model a model folder, or {@code builtin}
 * @param data the {@code --data} file: oracle records or tasks
 * @param tasks a tasks file the records were played on (empty: the registered task sources)
 * @param out the checkpoint folder
 * @param settings steps, learning rate, seed, batch, checkpoint interval, chunk size
 * @param render prompt variants (comma-separated {@code A}, {@code B}) and feedback mode ({@code standard} or
 *               {@code augmented}), e.g. {@code A,B/standard}
 * @param device {@code cpu}, {@code gpu} or {@code gpuN}
 * @param resume whether to continue from the checkpoint in {@code out}
 */
public record SftRequest(String model, String data, String tasks, String out, SftSettings settings, String render,
                         String device, boolean resume) {

    /** Checks every option. */
    public SftRequest {
        require(!model.isBlank(), "envtune:sft needs --model DIR|builtin");
        require(!data.isBlank(), "envtune:sft needs --data FILE (oracle records.jsonl or a tasks JSONL)");
        require(!out.isBlank(), "envtune:sft needs --out DIR");
        require(device.matches("cpu|gpu\\d*"), "--device must be cpu, gpu or gpuN, was " + device);
        variants(render);
        feedback(render);
    }

    /** @return the prompt variants, one per episode in turn */
    public List<PromptVariant> variants() {
        return variants(render);
    }

    /** @return the feedback mode tasks are played with */
    public FeedbackMode feedbackMode() {
        return feedback(render);
    }

    private static List<PromptVariant> variants(String render) {
        List<PromptVariant> out = new ArrayList<>();
        for (String v : render.split("/")[0].split(",")) {
            switch (v.trim()) {
                case "A" -> out.add(PromptVariant.A);
                case "B" -> out.add(PromptVariant.B);
                default -> throw new IllegalArgumentException("--prompt must list A and/or B (e.g. A,B), was "
                        + render.split("/")[0]);
            }
        }
        return out;
    }

    private static FeedbackMode feedback(String render) {
        String[] parts = render.split("/");
        String mode = parts.length > 1 ? parts[1] : "standard";
        return switch (mode) {
            case "standard" -> FeedbackMode.STANDARD;
            case "augmented" -> FeedbackMode.AUGMENTED;
            default -> throw new IllegalArgumentException("--mode must be standard or augmented, was " + mode);
        };
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
