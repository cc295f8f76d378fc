package io.envtune.runtime;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import java.nio.file.Path;

/**
 * How episodes are played.
 *
 * @param stage the stage name recorded with each episode ({@code eval} for evaluation)
 * @param feedbackMode standard BFCL strings or augmented hints
 * @param promptVariant the system prompt
 * @param maxStepsPerTurn assistant messages allowed per user turn before the turn is closed (5 training, 20 eval)
 * @param emptyTurnCalls calls in empty-ground-truth turns: executed (paper, BFCL) or skipped with a warning (code)
 * @param dataDir the BFCL data folder for long-context padding; may be null when no task needs it
 */
public record EpisodeConfig(String stage, FeedbackMode feedbackMode, PromptVariant promptVariant,
                            int maxStepsPerTurn, EmptyTurnCalls emptyTurnCalls, Path dataDir) {

    /** Validates the step cap. */
    public EpisodeConfig {
        if (maxStepsPerTurn < 1) {
            throw new IllegalArgumentException("maxStepsPerTurn must be at least 1, was " + maxStepsPerTurn);
        }
    }

    /**
     * BFCL evaluation settings: standard feedback, prompt B, 20 steps per turn, calls in empty turns executed.
     *
     * @param dataDir the BFCL data folder, or null
     * @return the configuration
     */
    public static EpisodeConfig evaluation(Path dataDir) {
        return new EpisodeConfig("eval", FeedbackMode.STANDARD, PromptVariant.B, 20, EmptyTurnCalls.EXECUTE, dataDir);
    }
}
