package io.envtune.bfcl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One turn of a ground-truth replay.
 *
 * @param turn the turn index
 * @param calls the ground-truth calls of the turn; empty for an empty turn
 * @param results one result string per call
 * @param state class name to canonical state JSON after the turn's last call, in class order
 */
public record ReplayedTurn(int turn, List<String> calls, List<String> results, Map<String, String> state) {

    /** Copies the collections so the record stays immutable. */
    public ReplayedTurn {
        calls = List.copyOf(calls);
        results = List.copyOf(results);
        state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
    }

    /** @return the fixture form: {@code turn}, {@code calls}, {@code results}, {@code state} in that order */
    Map<String, Object> toFixtureMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("turn", turn);
        out.put("calls", calls);
        out.put("results", results);
        out.put("state", state);
        return out;
    }
}
