package io.envtune.env.posting.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few Python operations TwitterAPI performs on values of any type (dict membership, item access, {@code lower},
 * {@code extend}, {@code += 1}), raising what CPython 3.11 raises for the wrong type. The toolkit has no general
 * Python object model, so these live here, package-private.
 */
final class PyOps {

    /** Marks "no such key" in {@link #findKey}, since None is a valid key. */
    static final Object ABSENT = new Object();

    private PyOps() {
    }

    /** {@code hash(key)} succeeds: lists, dicts and sets (and tuples holding them) are unhashable. */
    static void requireHashable(Object key) {
        if (key instanceof List || key instanceof Map || key instanceof Set) {
            throw new PyException("unhashable type: '" + PyTypes.typeName(key) + "'", FailureKind.WRONG_TYPE, null);
        }
        if (key instanceof PyTuple t) {
            t.items().forEach(PyOps::requireHashable);
        }
    }

    /**
     * Python dict lookup: the stored key equal to {@code key} ({@code 3 == 3.0 == True}), or {@link #ABSENT}.
     *
     * @throws PyException {@code unhashable type} for a list, dict or set key, as CPython does even on an empty dict
     */
    static Object findKey(Map<Object, Object> map, Object key) {
        requireHashable(key);
        if (map.containsKey(key)) {
            return key;
        }
        for (Object k : map.keySet()) {
            if (!(k instanceof String) && !(key instanceof String) && PyEquality.eq(k, key)) {
                return k;
            }
        }
        return ABSENT;
    }

    /** {@code key in map}. */
    static boolean hasKey(Map<Object, Object> map, Object key) {
        return findKey(map, key) != ABSENT;
    }

    /** {@code map[key] = value}: an equal existing key keeps its object and its position. */
    static void setItem(Map<Object, Object> map, Object key, Object value) {
        Object existing = findKey(map, key);
        map.put(existing == ABSENT ? key : existing, value);
    }

    /** {@code item in list} with Python equality. */
    static boolean listContains(List<Object> list, Object item) {
        for (Object o : list) {
            if (o == item || PyEquality.eq(o, item)) {
                return true;
            }
        }
        return false;
    }

    /** {@code container[key]} for a str key, as the tools index their tweet and comment dicts. */
    @SuppressWarnings("unchecked")
    static Object getItem(Object container, String key) {
        if (container instanceof Map<?, ?> m) {
            Object k = findKey((Map<Object, Object>) m, key);
            if (k == ABSENT) {
                throw new PyException(PyRepr.repr(key), FailureKind.INTERNAL, null);
            }
            return m.get(k);
        }
        if (container instanceof List || container instanceof PyTuple) {
            throw new PyException(PyTypes.typeName(container) + " indices must be integers or slices, not str");
        }
        if (container instanceof String) {
            throw new PyException("string indices must be integers, not 'str'");
        }
        throw new PyException("'" + PyTypes.typeName(container) + "' object is not subscriptable");
    }

    /** {@code value.lower()}. */
    static String lower(Object value, String parameter) {
        if (value instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        throw new PyException(noAttribute(value, "lower"), FailureKind.WRONG_TYPE, parameter);
    }

    /** {@code target.extend(items)}: strings extend by characters, dicts by keys. */
    @SuppressWarnings("unchecked")
    static void extend(Object target, Object items, String parameter) {
        if (!(target instanceof List)) {
            throw new PyException(noAttribute(target, "extend"), FailureKind.INTERNAL, null);
        }
        ((List<Object>) target).addAll(iterate(items, parameter));
    }

    /** {@code list(items)} for the iterable types of the value model. */
    static List<Object> iterate(Object items, String parameter) {
        if (items instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (items instanceof PyTuple t) {
            return new ArrayList<>(t.items());
        }
        if (items instanceof Map<?, ?> m) {
            return new ArrayList<>(m.keySet());
        }
        if (items instanceof Set<?> s) {
            return new ArrayList<>(s);
        }
        if (items instanceof String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
            return chars;
        }
        throw new PyException("'" + PyTypes.typeName(items) + "' object is not iterable", FailureKind.WRONG_TYPE,
                parameter);
    }

    /** {@code value += 1} on a counter. */
    static Object plusOne(Object value) {
        if (value instanceof Boolean b) {
            return b ? 2L : 1L;
        }
        if (value instanceof Long l) {
            return l == Long.MAX_VALUE ? BigInteger.valueOf(l).add(BigInteger.ONE) : l + 1;
        }
        if (value instanceof BigInteger b) {
            return b.add(BigInteger.ONE);
        }
        if (value instanceof Double d) {
            return d + 1.0;
        }
        String type = PyTypes.typeName(value);
        if (value instanceof String || value instanceof List || value instanceof PyTuple) {
            throw new PyException("can only concatenate " + type + " (not \"int\") to " + type);
        }
        throw new PyException("unsupported operand type(s) for +=: '" + type + "' and 'int'");
    }

    /** The AttributeError text of CPython 3.11. */
    static String noAttribute(Object value, String attribute) {
        return "'" + PyTypes.typeName(value) + "' object has no attribute '" + attribute + "'";
    }
}
