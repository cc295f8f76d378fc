package io.envtune.runtime;

import io.envtune.api.StepOutcome;
import io.envtune.api.TurnScore;

/**
 * What the environment answers to one model message.
 *
 * @param outcome what the step did
 * @param message the next message for the model (tool results with hints, a format error, or the next question);
 *                empty when the episode is done
 * @param turnScore the score of the turn this step ended, or null when the turn goes on
 * @param done whether the episode is over
 * @param endReason why the episode ended early (a tool call over its time limit, a failing environment), naming
 *                  the limit or the fault; null otherwise
 */
public record StepReply(StepOutcome outcome, String message, TurnScore turnScore, boolean done, String endReason) {

    /**
     * A reply in an episode that goes on or ended normally.
     *
     * @param outcome what the step did
     * @param message the next message for the model
     * @param turnScore the score of the turn this step ended, or null
     * @param done whether the episode is over
     */
    public StepReply(StepOutcome outcome, String message, TurnScore turnScore, boolean done) {
        this(outcome, message, turnScore, done, null);
    }
}
