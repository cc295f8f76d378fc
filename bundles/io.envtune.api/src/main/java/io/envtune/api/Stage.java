package io.envtune.api;

import java.util.List;

/**
 * One curriculum stage, as configured.
 *
 * @param name the stage name, e.g. {@code S2-base-augmented}
 * @param splits the task splits drawn from
 * @param subsetSize the number of tasks used (0 = all of the splits)
 * @param rewards the reward names and weights combined into the training reward
 * @param feedbackMode standard or augmented feedback
 * @param promptVariant the system-prompt variant
 * @param maxStepsPerTurn the per-turn step cap
 * @param responseBudget the maximum new tokens per response
 * @param promotion when to move on
 */
public record Stage(String name, List<String> splits, int subsetSize, List<RewardWeight> rewards,
                    FeedbackMode feedbackMode, PromptVariant promptVariant, int maxStepsPerTurn, int responseBudget,
                    PromotionRule promotion) {

    /** Copies the lists so the record stays immutable. */
    public Stage {
        splits = List.copyOf(splits);
        rewards = List.copyOf(rewards);
    }
}
