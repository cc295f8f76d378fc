package io.envtune.report.internal;

/**
 * Accuracy of one task split before and after training. A finished run measures it on the same training tasks with
 * the same sampling settings for the untrained and the final policy ({@code summary.json}'s {@code per_split}: steps
 * 0 and the last step); a run without a summary falls back to its recorded training rollouts, the first recorded step
 * that played the split against the last one.
 *
 * @param split the split ({@code base}, {@code miss_func}, …)
 * @param firstStep the first step that played it
 * @param before success rate (all turns passed) at that step
 * @param progressBefore mean progress at that step
 * @param lastStep the last step that played it
 * @param after success rate at that step
 * @param progressAfter mean progress at that step
 * @param evaluated whether the pair comes from the before/after evaluation rather than training rollouts
 */
public record SplitAccuracy(String split, long firstStep, double before, double progressBefore, long lastStep,
                            double after, double progressAfter, boolean evaluated) {
}
