package io.envtune.api;

import java.util.List;

/**
 * How to sample completions.
 *
 * @param n completions per conversation
 * @param temperature softmax temperature; 0 means greedy
 * @param topP nucleus mass (1 = off)
 * @param topK top-k cut (0 = off)
 * @param maxNewTokens the response budget
 * @param stop stop strings; generation ends after the first one produced
 * @param seed the random seed, for reproducible sampling
 */
public record SamplingParams(int n, double temperature, double topP, int topK, int maxNewTokens, List<String> stop,
                             long seed) {

    /** Copies the stop list so the record stays immutable. */
    public SamplingParams {
        stop = List.copyOf(stop);
    }
}
