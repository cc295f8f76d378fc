package io.envtune.runtime;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Stage;
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
 * @param limits response length, calls per step and turns per episode; null means {@link EpisodeLimits#DEFAULTS}
 */
public record EpisodeConfig(String stage, FeedbackMode feedbackMode, PromptVariant promptVariant,
                            int maxStepsPerTurn, EmptyTurnCalls emptyTurnCalls, Path dataDir, EpisodeLimits limits) {

    /** Validates the step cap and fills in the default limits. */
    public EpisodeConfig {
        if (maxStepsPerTurn < 1) {
            throw new IllegalArgumentException("maxStepsPerTurn must be at least 1, was " + maxStepsPerTurn);
        }
        limits = limits == null ? EpisodeLimits.DEFAULTS : limits;
    }

    /**
     * A configuration with the default limits.
     *
     * @param stage the stage name recorded with each episode ({@code eval} for evaluation)
     * @param feedbackMode standard BFCL strings or augmented hints
     * @param promptVariant the system prompt
     * @param maxStepsPerTurn assistant messages allowed per user turn before the turn is closed
     * @param emptyTurnCalls calls in empty-ground-truth turns: executed or skipped with a warning
     * @param dataDir the BFCL data folder for long-context padding; may be null when no task needs it
     */
    public EpisodeConfig(String stage, FeedbackMode feedbackMode, PromptVariant promptVariant, int maxStepsPerTurn,
                         EmptyTurnCalls emptyTurnCalls, Path dataDir) {
        this(stage, feedbackMode, promptVariant, maxStepsPerTurn, emptyTurnCalls, dataDir, EpisodeLimits.DEFAULTS);
    }

    /**
     * @param newLimits the limits to play under
     * @return this configuration with other limits
     */
    public EpisodeConfig withLimits(EpisodeLimits newLimits) {
        return new EpisodeConfig(stage, feedbackMode, promptVariant, maxStepsPerTurn, emptyTurnCalls, dataDir,
            newLimits);
    }

    /**
     * The one mapping from a stage to episode settings, for training and for the server: each setting is the
     * override's when given, else the stage's, else BFCL evaluation's ({@link #evaluation(Path)}); calls in
     * empty-ground-truth turns and the data folder are not stage settings, so they come from the overrides or
     * evaluation. The stage name is recorded with each episode ({@code eval} without a stage).
     *
     * @param stage the stage, or null for evaluation settings
     * @param overrides explicit settings (null fields fall through)
     * @return the configuration
     * @throws IllegalArgumentException when the resulting step cap is below 1
     */
    public static EpisodeConfig of(Stage stage, EpisodeOverrides overrides) {
        EpisodeConfig eval = evaluation(overrides.dataDir());
        if (stage == null) {
            return new EpisodeConfig(eval.stage(), pick(overrides.feedbackMode(), eval.feedbackMode()),
                pick(overrides.promptVariant(), eval.promptVariant()),
                pick(overrides.maxStepsPerTurn(), eval.maxStepsPerTurn()),
                pick(overrides.emptyTurnCalls(), eval.emptyTurnCalls()), overrides.dataDir());
        }
        return new EpisodeConfig(stage.name(), pick(overrides.feedbackMode(), stage.feedbackMode()),
            pick(overrides.promptVariant(), stage.promptVariant()),
            pick(overrides.maxStepsPerTurn(), stage.maxStepsPerTurn()),
            pick(overrides.emptyTurnCalls(), eval.emptyTurnCalls()), overrides.dataDir());
    }

    private static <T> T pick(T explicit, T fallback) {
        return explicit != null ? explicit : fallback;
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
