package io.envtune.curriculum;

import io.envtune.api.PromotionRule;
import io.envtune.api.StepMetrics;
import java.util.List;

/**
 * The paper's switch rule (Remark 3.1) made precise: promote when validation accuracy has plateaued and the gradient
 * norm is stable, never before {@code minSteps}, always at {@code maxSteps}. Pure and thread-safe.
 */
public final class PromotionCheck {

    private PromotionCheck() {
    }

    /**
     * @param rule the stage's rule
     * @param stageSteps steps taken in the stage so far
     * @param recent the stage's metrics, oldest first (at least the last {@code window} steps)
     * @return whether to promote now
     */
    public static boolean shouldPromote(PromotionRule rule, long stageSteps, List<StepMetrics> recent) {
        if (stageSteps >= rule.maxSteps()) {
            return true;
        }
        if (stageSteps < rule.minSteps()) {
            return false;
        }
        List<Double> acc = recent.stream().map(StepMetrics::validationAccuracy).filter(a -> !Double.isNaN(a))
            .toList();
        if (acc.size() < rule.window() || recent.size() < rule.window()) {
            return false;
        }
        List<Double> lastAcc = acc.subList(acc.size() - rule.window(), acc.size());
        // Plateau: within the window nothing beat the window's first accuracy by more than the tolerance.
        double best = lastAcc.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean plateau = best - lastAcc.get(0) <= rule.accuracyTolerance();
        List<StepMetrics> window = recent.subList(recent.size() - rule.window(), recent.size());
        return plateau && gradientStable(window, rule.gradNormTolerance());
    }

    private static boolean gradientStable(List<StepMetrics> window, double tolerance) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        for (StepMetrics m : window) {
            if (!Double.isFinite(m.gradNorm())) {
                return false;
            }
            min = Math.min(min, m.gradNorm());
            max = Math.max(max, m.gradNorm());
            sum += m.gradNorm();
        }
        double mean = sum / window.size();
        return mean == 0 || (max - min) / mean <= tolerance;
    }
}
