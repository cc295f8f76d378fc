package io.envtune.report.internal;

/**
 * One line of {@code metrics.jsonl}, read as the training loop's {@code StepLog} writes it (same component names).
 *
 * @param step the global step (1-based)
 * @param stage the stage name
 * @param rewardMean the mean training reward
 * @param rewardStd its standard deviation
 * @param progress the mean progress of the step's rollouts
 * @param formatValidity the share of responses without a format error
 * @param kl the KL to the reference
 * @param entropy the mean token entropy
 * @param clipFraction the share of clipped tokens
 * @param gradNorm the gradient norm before clipping
 * @param tokens loss-carrying tokens
 * @param zeroSignalGroups groups whose rewards were all equal
 * @param validationProgress mean validation progress, or NaN when not measured this step
 * @param seconds the wall time of the step
 * @param promoted whether the curriculum promoted after this step
 */
public record MetricLine(long step, String stage, double rewardMean, double rewardStd, double progress,
                         double formatValidity, double kl, double entropy, double clipFraction, double gradNorm,
                         long tokens, int zeroSignalGroups, double validationProgress, double seconds,
                         boolean promoted) {
}
