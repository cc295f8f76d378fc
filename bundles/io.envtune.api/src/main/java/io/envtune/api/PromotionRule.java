package io.envtune.api;

/**
 * When a stage is done: validation accuracy has plateaued and the gradient norm is stable over a window.
 *
 * @param window the number of recent evaluations compared
 * @param accuracyTolerance the largest accuracy gain over the window that still counts as a plateau
 * @param gradNormTolerance the largest relative spread of the gradient norm that still counts as stable
 * @param minSteps steps before promotion may happen
 * @param maxSteps steps after which promotion happens regardless
 */
public record PromotionRule(int window, double accuracyTolerance, double gradNormTolerance, int minSteps,
                            int maxSteps) {
}
