package io.envtune.bfcl;

import io.envtune.bfcl.internal.JsonWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ground-truth replay of one entry, as the golden fixtures record it.
 *
 * @param id the entry id
 * @param split the split
 * @param involvedClasses the involved classes in BFCL order
 * @param longContext the long-context flag the instances ran with
 * @param initialState class name to canonical state JSON before turn 0, in class order
 * @param turns the replayed turns in order
 */
public record ReplayedEntry(String id, String split, List<String> involvedClasses, boolean longContext,
                            Map<String, String> initialState, List<ReplayedTurn> turns) {

    /** Copies the collections so the record stays immutable. */
    public ReplayedEntry {
        involvedClasses = List.copyOf(involvedClasses);
        initialState = Collections.unmodifiableMap(new LinkedHashMap<>(initialState));
        turns = List.copyOf(turns);
    }

    /**
     * @return the golden-fixture line (without line break): keys {@code id, split, involved_classes, long_context,
     *         initial_state, turns}, written like Python's {@code json.dumps} with default settings
     */
    public String toJsonLine() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("split", split);
        out.put("involved_classes", involvedClasses);
        out.put("long_context", longContext);
        out.put("initial_state", initialState);
        out.put("turns", turns.stream().map(ReplayedTurn::toFixtureMap).toList());
        return JsonWriter.write(out);
    }
}
