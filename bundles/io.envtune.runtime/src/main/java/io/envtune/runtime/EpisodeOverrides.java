package io.envtune.runtime;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import java.nio.file.Path;

/**
 * Settings that beat a stage's in {@link EpisodeConfig#of}: each is optional (null = the stage's, or BFCL evaluation
 * settings without a stage).
 *
 * @param feedbackMode standard or augmented feedback, or null
 * @param promptVariant the system prompt, or null
 * @param maxStepsPerTurn the per-turn step cap, or null
 * @param emptyTurnCalls what happens to calls in empty-ground-truth turns, or null (executed, as BFCL does)
 * @param dataDir the BFCL data folder for long-context padding, or null
 */
public record EpisodeOverrides(FeedbackMode feedbackMode, PromptVariant promptVariant, Integer maxStepsPerTurn,
                               EmptyTurnCalls emptyTurnCalls, Path dataDir) {

    /**
     * @param emptyTurnCalls what happens to calls in empty-ground-truth turns
     * @param dataDir the BFCL data folder, or null
     * @return overrides of only those two, as a training run sets them
     */
    public static EpisodeOverrides of(EmptyTurnCalls emptyTurnCalls, Path dataDir) {
        return new EpisodeOverrides(null, null, null, emptyTurnCalls, dataDir);
    }
}
