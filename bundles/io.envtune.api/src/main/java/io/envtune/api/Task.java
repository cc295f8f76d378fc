package io.envtune.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * One problem instance in the BFCL multi-turn task format.
 *
 * @param id a unique id, e.g. {@code multi_turn_base_12}
 * @param split the split or category ({@code base}, {@code miss_func}, {@code miss_param}, {@code long_context}, or a
 *              task source's own name)
 * @param involvedClasses the environment ids the task uses, in BFCL order
 * @param initialConfig environment id to scenario JSON object; classes missing here start from defaults
 * @param turns the user turns with their ground truth
 * @param longContext whether environments run in long-context mode
 */
public record Task(String id, String split, List<String> involvedClasses, Map<String, String> initialConfig,
                   List<UserTurn> turns, boolean longContext) {

    /** Copies the collections so the record stays immutable. */
    public Task {
        involvedClasses = List.copyOf(involvedClasses);
        initialConfig = Collections.unmodifiableMap(new LinkedHashMap<>(initialConfig));
        turns = List.copyOf(turns);
    }
}
