package io.envtune.api;

import java.util.List;

/**
 * One sampled completion.
 *
 * @param text the decoded text
 * @param tokenIds the sampled token ids, exactly as generated (empty for policies without tokens)
 * @param logProbs the sampling log-probability of each token (same length as {@code tokenIds})
 * @param truncated whether the response budget cut it off
 */
public record Completion(String text, List<Integer> tokenIds, List<Float> logProbs, boolean truncated) {

    /** Copies the lists so the record stays immutable. */
    public Completion {
        tokenIds = List.copyOf(tokenIds);
        logProbs = List.copyOf(logProbs);
    }

    /**
     * A completion without token information (scripted or remote policies).
     *
     * @param text the text
     * @return the completion
     */
    public static Completion ofText(String text) {
        return new Completion(text, List.of(), List.of(), false);
    }
}
