package io.envtune.toolkit;

import java.util.Collections;
import java.util.Map;

/**
 * Arguments bound to a signature: every parameter has a value (given or default). Values are untyped Python values,
 * because Python tools accept anything and fail later; the typed accessors fail like Python would not, so domains use
 * them only where the reference converts explicitly.
 *
 * @param tool the tool name
 * @param values parameter name to value, in signature order
 */
public record BoundArgs(String tool, Map<String, Object> values) {

    /** Wraps the values in an unmodifiable view. */
    public BoundArgs {
        values = Collections.unmodifiableMap(values);
    }

    /**
     * @param name a parameter name of the signature
     * @return its bound value (null = None)
     */
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException(tool + " has no parameter " + name);
        }
        return values.get(name);
    }
}
