package io.envtune.report.internal;

/**
 * One row of the per-stage table.
 *
 * @param stage the stage name
 * @param steps the steps taken in it
 * @param firstStep its first step, or 0 when it was never reached
 * @param lastStep its last step, or 0
 * @param meanReward the mean of its steps' mean rewards, or NaN
 * @param meanProgress the mean of its steps' training progress, or NaN
 * @param lastValidation the last validation progress measured in it, or NaN
 */
public record StageRow(String stage, long steps, long firstStep, long lastStep, double meanReward,
                       double meanProgress, double lastValidation) {
}
