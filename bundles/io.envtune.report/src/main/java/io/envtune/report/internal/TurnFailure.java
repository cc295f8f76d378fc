package io.envtune.report.internal;

/**
 * One row of the per-turn ledger: how often a turn of a task failed over all recorded episodes.
 *
 * @param taskId the task
 * @param turn the user turn index
 * @param failures episodes in which the turn failed (or was never reached)
 * @param attempts episodes that played the task
 * @param topReason the most common failure reason ({@code TurnScore.reason}); ties go to the alphabetically first
 */
public record TurnFailure(String taskId, int turn, long failures, long attempts, String topReason) {
}
