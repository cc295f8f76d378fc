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
 * @param toolTurnAccuracy the step's rollouts' tool-turn accuracy (0 in older files)
 * @param time where the step's time went, or null in older files
 */
public record MetricLine(long step, String stage, double rewardMean, double rewardStd, double progress,
                         double formatValidity, double kl, double entropy, double clipFraction, double gradNorm,
                         long tokens, int zeroSignalGroups, double validationProgress, double seconds,
                         boolean promoted, double toolTurnAccuracy, StepTimeData time) {

    /**
     * {@code StepLog.time}: wall seconds per phase and the step's process CPU seconds.
     *
     * @param rollout playing the episodes
     * @param scoring rewards and groups
     * @param update the policy update
     * @param validation validation
     * @param cpu process CPU seconds of the step
     */
    public record StepTimeData(double rollout, double scoring, double update, double validation, double cpu) {
    }
}
