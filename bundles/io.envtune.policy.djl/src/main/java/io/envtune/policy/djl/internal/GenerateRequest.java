package io.envtune.policy.djl.internal;

import java.util.Arrays;

/**
 * What {@code envtune:generate} was asked, checked on construction so bad input fails with a message naming the
 * option.
 *
 * @param model a model folder, or {@code builtin}
 * @param prompt a user message rendered with the chat template (empty when {@code promptIds} is given)
 * @param promptIds comma-separated token ids fed as they are (empty when {@code prompt} is given)
 * @param n sequences to generate
 * @param constrained whether decoding follows the response grammar (text prompts only)
 * @param temperature softmax temperature (ignored when {@code greedy})
 * @param topP nucleus mass in (0, 1]
 * @param topK top-k cut (0 = off)
 * @param maxNewTokens the budget per sequence
 * @param seed the sampling seed (and the built-in model's initialisation seed)
 * @param greedy arg max decoding
 * @param device {@code cpu}, {@code gpu} or {@code gpuN}
 * @param ids print token ids instead of text
 */
public record GenerateRequest(String model, String prompt, String promptIds, int n, boolean constrained,
                              double temperature, double topP, int topK, int maxNewTokens, long seed, boolean greedy,
                              String device, boolean ids) {

    /** Checks every option. */
    public GenerateRequest {
        require(!model.isBlank(), "envtune:generate needs --model DIR|builtin");
        require(prompt.isEmpty() != promptIds.isBlank(), "envtune:generate needs exactly one of --prompt TEXT and "
                + "--prompt-ids 1,5,9");
        require(n >= 1, "--n must be at least 1, was " + n);
        require(maxNewTokens >= 1, "--max-new-tokens must be at least 1, was " + maxNewTokens);
        require(temperature >= 0 && Double.isFinite(temperature), "--temperature must be >= 0, was " + temperature);
        require(topP > 0 && topP <= 1, "--top-p must be in (0, 1], was " + topP);
        require(topK >= 0, "--top-k must be >= 0, was " + topK);
        require(device.matches("cpu|gpu\\d*"), "--device must be cpu, gpu or gpuN, was " + device);
        require(!(constrained && !promptIds.isBlank()), "--constrained needs a text --prompt (the grammar works on "
                + "the tokenizer's bytes)");
        if (!promptIds.isBlank()) {
            parseIds(promptIds);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** @return whether the prompt is raw token ids */
    public boolean rawIds() {
        return !promptIds.isBlank();
    }

    /** @return the prompt ids */
    public long[] promptIdArray() {
        return parseIds(promptIds);
    }

    /** @return the temperature to sample with (0 when greedy) */
    public double effectiveTemperature() {
        return greedy ? 0 : temperature;
    }

    private static long[] parseIds(String text) {
        try {
            long[] ids = Arrays.stream(text.trim().split("\\s*,\\s*")).mapToLong(Long::parseLong).toArray();
            for (long id : ids) {
                require(id >= 0, "--prompt-ids: negative id " + id);
            }
            return ids;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--prompt-ids must be comma-separated token ids like 1,5,9, was '"
                    + text + "'", e);
        }
    }
}
