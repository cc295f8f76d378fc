package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Python's dicts over the value model, with CPython 3.11's results and error texts: hashing, look-ups and stores under
 * Python equality ({@code d[1.0]} finds the key {@code 1}, {@code True} finds {@code 1}), subscripts with a str key,
 * and the str-keyed dicts tools return. Dicts are {@link Map}s whose keys are values of the model; an equal key
 * already present keeps its object and its position, as in CPython. Stateless.
 */
public final class PyDicts {

    /** Marks "no equal key", since None (null) is a valid key. */
    private static final Object ABSENT = new Object();

    private PyDicts() {
    }

    /**
     * A dict with str keys in the given order, as tools build their return values.
     *
     * @param keysAndValues alternating keys (String) and values
     * @return a new, mutable dict
     */
    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /**
     * {@code hash(value)} succeeds: lists, dicts and sets, also inside tuples, are unhashable.
     *
     * @param value a value about to become a dict key or set member
     * @param parameter the parameter that supplied it, or null
     * @throws PyException {@code TypeError: unhashable type: 'list'}
     */
    public static void requireHashable(Object value, String parameter) {
        if (value instanceof List || value instanceof Map || value instanceof Set) {
            throw PyErrors.typeError("unhashable type: '" + PyTypes.typeName(value) + "'", parameter);
        }
        if (value instanceof PyTuple t) {
            t.items().forEach(item -> requireHashable(item, parameter));
        }
    }

    /**
     * @param dict a dict
     * @param key the probe
     * @param parameter the parameter that supplied the key, or null
     * @return {@code key in dict}
     * @throws PyException for an unhashable key, even on an empty dict (as CPython)
     */
    public static boolean containsKey(Map<?, ?> dict, Object key, String parameter) {
        return find(dict, key, parameter) != ABSENT;
    }

    /**
     * @param dict a dict
     * @param key the probe
     * @param parameter the parameter that supplied the key, or null
     * @return the key object stored in the dict that equals {@code key}, else {@code key} itself
     */
    public static Object storedKey(Map<?, ?> dict, Object key, String parameter) {
        Object stored = find(dict, key, parameter);
        return stored == ABSENT ? key : stored;
    }

    /**
     * @param dict a dict
     * @param key the probe
     * @param parameter the parameter that supplied the key, or null
     * @return {@code dict.get(key)}: the value under an equal key, or null (None) when there is none
     */
    public static Object get(Map<?, ?> dict, Object key, String parameter) {
        Object stored = find(dict, key, parameter);
        return stored == ABSENT ? null : dict.get(stored);
    }

    /**
     * {@code container[key]} for a field of a dict in the state, where a missing key means a malformed state: the
     * {@code KeyError} is of kind {@link FailureKind#INTERNAL}. See {@link #item(Object, String, FailureKind)}.
     *
     * @param container any value
     * @param key the key
     * @return the value
     */
    public static Object item(Object container, String key) {
        return item(container, key, FailureKind.INTERNAL);
    }

    /**
     * {@code container[key]} for a str key, as tools read fields of the dicts in their state.
     *
     * @param container any value
     * @param key the key
     * @param missing the failure kind of the {@code KeyError}: what a missing key means at the call site
     * @return the value
     * @throws PyException {@code KeyError} (the key's repr), or the {@code TypeError} of a list, str or other value
     */
    public static Object item(Object container, String key, FailureKind missing) {
        if (container instanceof Map<?, ?> dict) {
            Object stored = find(dict, key, null);
            if (stored == ABSENT) {
                throw PyErrors.keyError(key, missing, null);
            }
            return dict.get(stored);
        } else if (container instanceof List || container instanceof PyTuple) {
            throw PyErrors.typeError(PyTypes.typeName(container) + " indices must be integers or slices, not str",
                    null);
        } else if (container instanceof String) {
            throw PyErrors.typeError("string indices must be integers, not 'str'", null);
        }
        throw PyErrors.typeError("'" + PyTypes.typeName(container) + "' object is not subscriptable", null);
    }

    /**
     * {@code container[key] = value}: on a dict an equal key already present keeps its object and position; a list
     * takes an int index (negative from the end).
     *
     * @param container the dict or list (any other value raises CPython's {@code TypeError})
     * @param key the key or index
     * @param value the value
     * @param parameter the parameter that supplied the key, or null
     */
    @SuppressWarnings("unchecked")
    public static void setItem(Object container, Object key, Object value, String parameter) {
        if (container instanceof Map<?, ?> dict) {
            ((Map<Object, Object>) dict).put(storedKey(dict, key, parameter), value);
        } else if (container instanceof List<?> list) {
            ((List<Object>) list).set(index(list, key, parameter), value);
        } else {
            throw PyErrors.typeError("'" + PyTypes.typeName(container) + "' object does not support item assignment",
                    parameter);
        }
    }

    private static int index(List<?> list, Object key, String parameter) {
        if (!PyTypes.isInt(key)) {
            throw PyErrors.typeError("list indices must be integers or slices, not " + PyTypes.typeName(key),
                    parameter);
        }
        BigInteger i = PyTypes.toBigInteger(key);
        BigInteger size = BigInteger.valueOf(list.size());
        BigInteger at = i.signum() < 0 ? i.add(size) : i;
        if (at.signum() < 0 || at.compareTo(size) >= 0) {
            throw new PyException("list assignment index out of range", FailureKind.INVALID_VALUE, parameter);
        }
        return at.intValue();
    }

    /** @return the stored key equal to {@code key}, or {@link #ABSENT}; hashes the key first, as CPython does */
    private static Object find(Map<?, ?> dict, Object key, String parameter) {
        requireHashable(key, parameter);
        if (key == null) {
            return dict.keySet().stream().anyMatch(Objects::isNull) ? null : ABSENT; // Map.of() refuses a null probe
        }
        if (dict.containsKey(key)) {
            return key;
        }
        if (key instanceof String) {
            return ABSENT; // a str equals only the same str, which containsKey has looked for
        }
        for (Object k : dict.keySet()) {
            if (!(k instanceof String) && PyEquality.eq(k, key)) {
                return k;
            }
        }
        return ABSENT;
    }
}
