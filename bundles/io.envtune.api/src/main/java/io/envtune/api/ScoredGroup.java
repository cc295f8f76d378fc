package io.envtune.api;

import java.util.List;

/**
 * The n rollouts of one task in a GRPO group.
 *
 * @param taskId the task
 * @param rollouts the rollouts with rewards
 */
public record ScoredGroup(String taskId, List<ScoredRollout> rollouts) {

    /** Copies the rollout list so the record stays immutable. */
    public ScoredGroup {
        rollouts = List.copyOf(rollouts);
    }
}
