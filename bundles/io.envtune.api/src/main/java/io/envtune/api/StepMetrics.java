package io.envtune.api;

/**
 * What a curriculum scheduler observes after a training step.
 *
 * @param step the global step number
 * @param rewardMean the mean training reward of the step
 * @param gradNorm the gradient norm before clipping
 * @param validationAccuracy the latest validation accuracy, or NaN when none was measured at this step
 */
public record StepMetrics(long step, double rewardMean, double gradNorm, double validationAccuracy) {
}
