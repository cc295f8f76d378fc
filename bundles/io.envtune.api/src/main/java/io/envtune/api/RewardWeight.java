package io.envtune.api;

/**
 * One reward a stage trains on, with its weight in the stage's training reward (for example the paper's direct-GRPO
 * baseline: {@code progress} 0.9 and {@code format} 0.1). A configured weight, not a logged value: what was
 * computed goes into a {@link Reward}'s {@link RewardComponent}s.
 *
 * @param name the reward's registered name ({@link RewardName})
 * @param weight its weight
 */
public record RewardWeight(String name, double weight) {
}
