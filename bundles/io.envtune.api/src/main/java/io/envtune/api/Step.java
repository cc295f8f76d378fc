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
 * @param raised how many of {@code results} came from a call that raised a Python exception
 *               ({@link ToolResult#raised()}), between 0 and the number of results
 */
public record Step(int turn, int index, String modelText, StepOutcome outcome, List<String> calls,
                   List<String> results, String feedback, int raised) {

    /**
     * Copies the lists so the record stays immutable.
     *
     * @throws IllegalArgumentException when {@code raised} is negative or more than the results
     */
    public Step {
        calls = List.copyOf(calls);
        results = List.copyOf(results);
        if (raised < 0 || raised > results.size()) {
            throw new IllegalArgumentException("raised " + raised + " of " + results.size() + " results");
        }
    }

    /**
     * A step none of whose calls raised (no calls, or only successes and returned failures).
     *
     * @param turn the user turn index
     * @param index the step index within the turn
     * @param modelText the raw model response
     * @param outcome what the step did
     * @param calls the calls as Python call strings
     * @param results the raw result string of each call
     * @param feedback the message shown to the model after the step
     */
    public Step(int turn, int index, String modelText, StepOutcome outcome, List<String> calls,
                List<String> results, String feedback) {
        this(turn, index, modelText, outcome, calls, results, feedback, 0);
    }
}
