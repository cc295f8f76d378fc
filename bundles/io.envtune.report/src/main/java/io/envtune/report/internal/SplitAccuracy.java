package io.envtune.report.internal;

/**
 * Accuracy of one task split early and late in training, measured on the recorded training rollouts: the first
 * recorded step that played the split ("before") against the last one ("after"). The run folder keeps no per-split
 * evaluation of the untrained and final policies, so this is the closest like-for-like pair it holds.
 *
 * @param split the split ({@code base}, {@code miss_func}, …)
 * @param firstStep the first step that played it
 * @param before success rate (all turns passed) at that step
 * @param progressBefore mean progress at that step
 * @param lastStep the last step that played it
 * @param after success rate at that step
 * @param progressAfter mean progress at that step
 */
public record SplitAccuracy(String split, long firstStep, double before, double progressBefore, long lastStep,
                            double after, double progressAfter) {
}
