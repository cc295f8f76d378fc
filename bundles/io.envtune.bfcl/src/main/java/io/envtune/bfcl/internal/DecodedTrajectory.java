package io.envtune.bfcl.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code model_result_decoded} ([turn][step][call string]) from JSON. */
public final class DecodedTrajectory {

    /** BFCL's message when the model result is not a list of turns. */
    public static final String NOT_A_LIST = "Error during inference phase. Model did not output a list of model "
        + "responses.";

    private DecodedTrajectory() {
    }

    /**
     * @param element the {@code model_result_decoded} member; may be null when absent
     * @return the calls per step per turn
     * @throws IllegalArgumentException with {@link #NOT_A_LIST} (plus where, for a malformed inner level)
     */
    public static List<List<List<String>>> parse(JsonElement element) {
        if (element == null || !element.isJsonArray()) {
            throw new IllegalArgumentException(NOT_A_LIST);
        }
        List<List<List<String>>> turns = new ArrayList<>();
        for (JsonElement turn : element.getAsJsonArray()) {
            turns.add(steps(turn, turns.size()));
        }
        return turns;
    }

    private static List<List<String>> steps(JsonElement turn, int t) {
        if (!turn.isJsonArray()) {
            throw new IllegalArgumentException(NOT_A_LIST + " Turn " + t + " is not a list of steps.");
        }
        List<List<String>> steps = new ArrayList<>();
        for (JsonElement step : turn.getAsJsonArray()) {
            steps.add(calls(step, t, steps.size()));
        }
        return steps;
    }

    private static List<String> calls(JsonElement step, int t, int s) {
        String where = " Turn " + t + ", step " + s + " is not a list of call strings.";
        if (!step.isJsonArray()) {
            throw new IllegalArgumentException(NOT_A_LIST + where);
        }
        JsonArray array = step.getAsJsonArray();
        List<String> calls = new ArrayList<>(array.size());
        for (JsonElement call : array) {
            if (!call.isJsonPrimitive() || !call.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException(NOT_A_LIST + where);
            }
            calls.add(call.getAsString());
        }
        return calls;
    }
}
