package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.value.PyException;
import java.util.List;
import java.util.Map;

/**
 * The outcome of parsing one eval input that had no syntax error.
 *
 * @param callee the dotted callee name when the input is one call of a name ({@code ls(...)}, {@code a.b(...)}),
 *               else null
 * @param args positional arguments (after {@code *} expansion), when a call
 * @param kwargs keyword arguments (after {@code **} expansion), when a call
 * @param value the value of a non-call expression (a literal), when no error
 * @param deferred the first evaluation error (NameError, TypeError, …) in Python's evaluation order, or null
 */
public record ParsedCall(String callee, List<Object> args, Map<String, Object> kwargs, Object value,
                  PyException deferred) {

    public boolean isCall() {
        return callee != null;
    }

    /** @return the first component of the callee name */
    public String rootName() {
        int dot = callee.indexOf('.');
        return dot < 0 ? callee : callee.substring(0, dot);
    }

    public boolean dotted() {
        return callee.indexOf('.') >= 0;
    }
}
