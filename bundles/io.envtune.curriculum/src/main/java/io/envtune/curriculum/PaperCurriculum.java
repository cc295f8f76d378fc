package io.envtune.curriculum;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromotionRule;
import io.envtune.api.PromptVariant;
import io.envtune.api.RewardWeight;
import io.envtune.api.Stage;
import java.util.List;

/** The paper's four-stage curriculum (section 3), as configuration records. */
public final class PaperCurriculum {

    /** The four BFCL splits. */
    public static final List<String> ALL_SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private PaperCurriculum() {
    }

    /**
     * @param syntaxSubset tasks in the stage-1 syntax subset (the released code uses 75)
     * @param responseBudget maximum new tokens per response
     * @param rule the promotion rule of every stage
     * @return S1 syntax, S2 base with hints, S3 all splits with hints, S4 all splits without hints
     */
    public static List<Stage> stages(int syntaxSubset, int responseBudget, PromotionRule rule) {
        return stages(syntaxSubset, responseBudget, 5, rule);
    }

    /**
     * @param syntaxSubset tasks in the stage-1 syntax subset
     * @param responseBudget maximum new tokens per response
     * @param maxStepsPerTurn the per-turn step cap (the released code: 5)
     * @param rule the promotion rule of every stage
     * @return the four stages
     */
    public static List<Stage> stages(int syntaxSubset, int responseBudget, int maxStepsPerTurn, PromotionRule rule) {
        int cap = maxStepsPerTurn;
        return List.of(
            new Stage("S1-syntax", List.of("base"), syntaxSubset, List.of(new RewardWeight("format", 1)),
                FeedbackMode.STANDARD, PromptVariant.A, cap, responseBudget, rule),
            new Stage("S2-base-hints", List.of("base"), 0, List.of(new RewardWeight("progress", 1)),
                FeedbackMode.AUGMENTED, PromptVariant.A, cap, responseBudget, rule),
            new Stage("S3-all-hints", ALL_SPLITS, 0, List.of(new RewardWeight("progress", 1)),
                FeedbackMode.AUGMENTED, PromptVariant.B, cap, responseBudget, rule),
            new Stage("S4-all-standard", ALL_SPLITS, 0, List.of(new RewardWeight("progress", 1)),
                FeedbackMode.STANDARD, PromptVariant.B, cap, responseBudget, rule));
    }

    /** @return the stages with the defaults: 75 syntax tasks, 1024 tokens per response, {@link #defaultRule()} */
    public static List<Stage> stages() {
        return stages(75, 1024, defaultRule());
    }

    /** @return window 5, accuracy gain at most 0.01, gradient-norm spread at most 25%, 10 to 80 steps */
    public static PromotionRule defaultRule() {
        return new PromotionRule(5, 0.01, 0.25, 10, 80);
    }
}
