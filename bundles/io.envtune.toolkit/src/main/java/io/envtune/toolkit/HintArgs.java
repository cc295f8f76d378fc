package io.envtune.toolkit;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.python.PyRepr;
import java.util.Map;

/**
 * The arguments of a failed call bound to the tool's signature, so a domain's hints (augmenters) can name the values
 * the model passed, positional or keyword alike. Never throws: a call that does not bind, or names no tool of the
 * table, falls back to its keyword arguments. Immutable view over the bound values; use it on one thread.
 */
public final class HintArgs {

    private final Map<String, Object> values;

    private HintArgs(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * @param table the domain's tools
     * @param call the failed call, or null (then every parameter is absent)
     * @return its arguments by parameter name
     */
    public static HintArgs of(ToolTable<?> table, ToolCall call) {
        if (call == null) {
            return new HintArgs(Map.of());
        }
        for (Signature s : table.signatures()) {
            if (s.name().equals(call.name())) {
                try {
                    return new HintArgs(s.bind(call).values());
                } catch (RuntimeException e) {
                    break; // does not bind: the keywords are all we know
                }
            }
        }
        return new HintArgs(call.kwargs());
    }

    /**
     * @param parameter a parameter name
     * @return the value as Python's {@code str()} prints it, or null when absent or None
     */
    public String text(String parameter) {
        Object v = values.get(parameter);
        if (v == null) {
            return null;
        }
        return v instanceof String s ? s : PyRepr.str(v);
    }

    /**
     * @param parameter a parameter name
     * @return whether the model passed a string there (an id given in quotes where ids are integers)
     */
    public boolean isString(String parameter) {
        return values.get(parameter) instanceof String;
    }
}
