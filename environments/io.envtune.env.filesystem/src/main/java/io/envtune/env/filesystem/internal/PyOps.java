package io.envtune.env.filesystem.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few Python operations the file-system tools perform on untyped arguments, with CPython 3.11's error texts:
 * {@code in}, hashing for dict look-ups, attribute access on a non-string, {@code len}. Package-private because the
 * toolkit offers only type names and coercions.
 */
final class PyOps {

    private PyOps() {
    }

    /**
     * Python {@code item in container}.
     *
     * @param container the right operand
     * @param item the left operand
     * @return the membership test
     * @throws PyException with Python's {@code TypeError} text for unsupported operand types
     */
    static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (item instanceof String t) {
                return s.contains(t);
            }
            throw wrongType("'in <string>' requires string as left operand, not " + PyTypes.typeName(item));
        }
        if (container instanceof Map<?, ?> m) {
            requireHashable(item);
            return anyEqual(m.keySet(), item);
        }
        if (container instanceof Set<?> s) {
            requireHashable(item);
            return anyEqual(s, item);
        }
        if (container instanceof List<?> l) {
            return anyEqual(l, item);
        }
        if (container instanceof PyTuple t) {
            return anyEqual(t.items(), item);
        }
        throw wrongType("argument of type '" + PyTypes.typeName(container) + "' is not iterable");
    }

    private static boolean anyEqual(Collection<?> values, Object item) {
        for (Object v : values) {
            if (PyEquality.eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Python {@code name in directory.contents}: keys are always strings, so only a string can be present.
     *
     * @param contents a contents map
     * @param name the looked-up value
     * @return whether it is a key
     * @throws PyException {@code unhashable type: 'list'} and the like
     */
    static boolean isKey(Map<String, ?> contents, Object name) {
        requireHashable(name);
        return name instanceof String s && contents.containsKey(s);
    }

    /**
     * @param value a value about to be hashed
     * @throws PyException {@code unhashable type: 'X'} for lists, dicts and sets (also inside tuples)
     */
    static void requireHashable(Object value) {
        if (value instanceof List || value instanceof Map || value instanceof Set) {
            throw wrongType("unhashable type: '" + PyTypes.typeName(value) + "'");
        }
        if (value instanceof PyTuple t) {
            t.items().forEach(PyOps::requireHashable);
        }
    }

    /**
     * A string method call on a value that may not be a string.
     *
     * @param value the receiver
     * @param method the method name, for the {@code AttributeError} text
     * @return the string
     * @throws PyException {@code 'int' object has no attribute 'split'} when it is not a string
     */
    static String string(Object value, String method) {
        if (value instanceof String s) {
            return s;
        }
        throw wrongType("'" + PyTypes.typeName(value) + "' object has no attribute '" + method + "'");
    }

    /**
     * A value that becomes a dict key or a tree entry name. Python would accept any hashable value here; this port
     * keeps names strings, so a hashable non-string (a tuple) is refused with an explicit message.
     *
     * @param value the name
     * @return the name as a string
     */
    static String name(Object value) {
        requireHashable(value);
        if (value instanceof String s) {
            return s;
        }
        throw wrongType("GorillaFileSystem names must be strings, not " + PyTypes.typeName(value));
    }

    /**
     * @param value a Python value
     * @return {@code len(value)}
     */
    static long len(Object value) {
        if (value instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        if (value instanceof PyTuple t) {
            return t.items().size();
        }
        throw wrongType("object of type '" + PyTypes.typeName(value) + "' has no len()");
    }

    /**
     * @param value a Python value
     * @return {@code str(value)}, what an f-string inserts
     */
    static String str(Object value) {
        return value instanceof String s ? s : PyRepr.str(value);
    }

    /**
     * @param key the only key
     * @param value its value
     * @return a one-entry dict
     */
    static Map<String, Object> dict(String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, value);
        return out;
    }

    /**
     * An {@code {"error": message}} result with its structured cause.
     *
     * @param message the reference's error text
     * @param kind why it failed
     * @param parameter the parameter at fault
     * @param detail the offending value
     * @return the failed result
     */
    static Failed error(String message, FailureKind kind, String parameter, Object detail) {
        return new Failed(dict("error", message), kind, parameter, str(detail));
    }

    static PyException wrongType(String message) {
        return new PyException(message, FailureKind.WRONG_TYPE, null);
    }
}
