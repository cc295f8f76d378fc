package io.envtune.api;

import java.util.List;

/**
 * One policy step of an episode, everything needed to replay and re-score it.
 *
 * @param turn the user turn index
 * @param index the step index within the turn
 * @param modelText the raw model response
 * @param outcome what the step did
 * @param calls the calls as Python call strings, in order (empty when none ran)
 * @param results the raw result string of each call
 * @param feedback the message shown to the model after the step (results, format error, hint); may be empty
 */
public record Step(int turn, int index, String modelText, StepOutcome outcome, List<String> calls,
                   List<String> results, String feedback) {

    /** Copies the lists so the record stays immutable. */
    public Step {
        calls = List.copyOf(calls);
        results = List.copyOf(results);
    }
}
