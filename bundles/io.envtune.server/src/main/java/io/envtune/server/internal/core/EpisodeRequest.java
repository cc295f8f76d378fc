package io.envtune.server.internal.core;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Task;
import io.envtune.runtime.EmptyTurnCalls;

/**
 * What a client asks for when it starts an episode; every setting but the task is optional (null) and falls back
 * to the named stage, then to BFCL evaluation settings.
 *
 * @param taskId the id of a known task, or null when {@code task} is given
 * @param task an inline task, or null when {@code taskId} is given
 * @param stage a curriculum stage name, {@code current}, or null
 * @param feedbackMode standard or augmented feedback, or null
 * @param promptVariant the system prompt, or null
 * @param maxStepsPerTurn the per-turn step cap, or null
 * @param emptyTurnCalls what happens to calls in empty-ground-truth turns, or null
 */
public record EpisodeRequest(String taskId, Task task, String stage, FeedbackMode feedbackMode,
                             PromptVariant promptVariant, Integer maxStepsPerTurn, EmptyTurnCalls emptyTurnCalls) {
}
