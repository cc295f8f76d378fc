package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code in}, {@code list(x)} and {@code len(x)} over any value of the model, with CPython 3.11's results and
 * error texts. Dict look-ups and stores are in {@link PyDicts}. Stateless.
 */
public final class PyContainers {

    private PyContainers() {
    }

    /**
     * @param container the right operand: a str, dict (its keys), set, list, tuple or other collection (a dict's
     *                  values view); dicts and sets hash the item first
     * @param item the left operand
     * @return {@code item in container}, by identity or Python equality
     * @throws PyException CPython's {@code TypeError} for a str with a non-str item, an unhashable item of a dict
     *                     or set, or a container that is not iterable
     */
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (item instanceof String t) {
                return s.contains(t);
            }
            throw PyErrors.typeError("'in <string>' requires string as left operand, not " + PyTypes.typeName(item),
                    null);
        } else if (container instanceof Map<?, ?> dict) {
            return PyDicts.containsKey(dict, item, null);
        } else if (container instanceof Set<?> set) {
            PyDicts.requireHashable(item, null);
            return anyEqual(set, item);
        } else if (container instanceof Collection<?> values) {
            return anyEqual(values, item);
        } else if (container instanceof PyTuple t) {
            return anyEqual(t.items(), item);
        }
        throw PyErrors.typeError("argument of type '" + PyTypes.typeName(container) + "' is not iterable", null);
    }

    /**
     * @param value a Python value
     * @param parameter the parameter that supplied it, or null
     * @return {@code list(value)}: list and tuple items, a dict's keys, a set's members, a str's characters
     * @throws PyException {@code TypeError: 'int' object is not iterable} for the rest
     */
    public static List<Object> iterate(Object value, String parameter) {
        if (value instanceof Map<?, ?> dict) {
            return new ArrayList<>(dict.keySet());
        } else if (value instanceof Collection<?> items) {
            return new ArrayList<>(items);
        } else if (value instanceof PyTuple t) {
            return new ArrayList<>(t.items());
        } else if (value instanceof String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        throw PyErrors.typeError("'" + PyTypes.typeName(value) + "' object is not iterable", parameter);
    }

    /**
     * @param value a Python value
     * @return {@code len(value)}; a str counts code points
     * @throws PyException {@code TypeError: object of type 'int' has no len()}
     */
    public static long len(Object value) {
        if (value instanceof String s) {
            return s.codePointCount(0, s.length());
        } else if (value instanceof Collection<?> c) {
            return c.size();
        } else if (value instanceof Map<?, ?> m) {
            return m.size();
        } else if (value instanceof PyTuple t) {
            return t.items().size();
        }
        throw PyErrors.typeError("object of type '" + PyTypes.typeName(value) + "' has no len()", null);
    }

    private static boolean anyEqual(Collection<?> values, Object item) {
        for (Object v : values) {
            if (v == item || PyEquality.eq(v, item)) {
                return true;
            }
        }
        return false;
    }
}
