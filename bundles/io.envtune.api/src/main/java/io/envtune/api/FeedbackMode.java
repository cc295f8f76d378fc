package io.envtune.api;

/** What the policy sees after a failed step. */
public enum FeedbackMode {
    /** Exact BFCL strings only, as in evaluation. */
    STANDARD,
    /** BFCL strings plus actionable hints from the {@link FeedbackAugmenter} chain. */
    AUGMENTED
}
