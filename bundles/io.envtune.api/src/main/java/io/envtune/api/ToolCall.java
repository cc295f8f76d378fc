package io.envtune.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed tool call: a name with positional and keyword arguments, not yet bound to a signature.
 *
 * <p>Argument values follow the Python value model of {@code io.envtune.toolkit}: {@code null} (None),
 * {@link Boolean}, {@link Long} or {@link java.math.BigInteger} (int), {@link Double} (float), {@link String},
 * {@link List} (list), {@link Map} with insertion order (dict) and the toolkit's tuple type. Lists may contain
 * {@code null}, so they are not copied with {@link List#copyOf}.
 *
 * @param name the tool name
 * @param args positional arguments in order; never null
 * @param kwargs keyword arguments in the order written; never null
 */
public record ToolCall(String name, List<Object> args, Map<String, Object> kwargs) {

    /** Wraps the arguments in unmodifiable views. */
    public ToolCall {
        args = Collections.unmodifiableList(args);
        kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }

    /**
     * A call with keyword arguments only, the form models produce.
     *
     * @param name the tool name
     * @param kwargs the arguments by name
     * @return the call
     */
    public static ToolCall ofKeywords(String name, Map<String, Object> kwargs) {
        return new ToolCall(name, List.of(), kwargs);
    }
}
