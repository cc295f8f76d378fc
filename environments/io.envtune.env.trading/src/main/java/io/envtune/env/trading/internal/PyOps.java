package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python container operations the TradingBot reference performs on untyped arguments: hashing for dict look-ups,
 * {@code in} on lists, subscripts, iteration and {@code .copy()}, each failing with CPython 3.11's text. Numbers live
 * in {@link PyNumbers}. (The toolkit has no such helpers; they are small enough to keep here.)
 */
final class PyOps {

    private PyOps() {
    }

    /** Builds a dict from alternating keys and values, in order. */
    static Map<String, Object> dict(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** {@code hash(value)} succeeds, or Python's {@code unhashable type} error. */
    static void requireHashable(Object value) {
        if (value instanceof List || value instanceof Map || value instanceof Set) {
            throw new PyException("unhashable type: '" + PyTypes.typeName(value) + "'", FailureKind.WRONG_TYPE, null);
        }
        if (value instanceof PyTuple tuple) {
            tuple.items().forEach(PyOps::requireHashable);
        }
    }

    /** @return {@code key in map} with Python's hash and equality rules ({@code 12345.0} finds {@code 12345}) */
    static boolean hasKey(Map<?, ?> map, Object key) {
        requireHashable(key);
        return map.containsKey(normalKey(key));
    }

    /** @return {@code map[key]}, assuming {@link #hasKey} said yes */
    static Object getKey(Map<?, ?> map, Object key) {
        return map.get(normalKey(key));
    }

    /** @return the key object under which {@code map[key] = v} stores: the existing equal key, else key itself */
    static Object storedKey(Map<?, ?> map, Object key) {
        return hasKey(map, key) ? normalKey(key) : key;
    }

    /** Python-equal numbers hash alike; map them to the one Java form the state uses (Long, else BigInteger). */
    private static Object normalKey(Object key) {
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d && !d.isInfinite() && !d.isNaN() && d == Math.rint(d)) {
            return PyNumbers.normalise(new BigDecimal(d).toBigIntegerExact());
        }
        if (key instanceof BigInteger big) {
            return PyNumbers.normalise(big);
        }
        return key;
    }

    /** @return {@code value in list} (Python {@code ==} on each element) */
    static boolean contains(List<?> list, Object value) {
        for (Object item : list) {
            if (PyEquality.eq(item, value)) {
                return true;
            }
        }
        return false;
    }

    /** {@code list.remove(value)}: drops the first element equal to it, if any. */
    static void removeFirst(List<?> list, Object value) {
        for (int i = 0; i < list.size(); i++) {
            if (PyEquality.eq(list.get(i), value)) {
                list.remove(i);
                return;
            }
        }
    }

    /** @return {@code container[key]} for a string key, with Python's errors for missing keys and wrong types */
    static Object item(Object container, String key) {
        if (container instanceof Map<?, ?> map) {
            if (!map.containsKey(key)) {
                throw new PyException(PyRepr.repr(key), FailureKind.NOT_FOUND, null);
            }
            return map.get(key);
        }
        String type = PyTypes.typeName(container);
        if (container instanceof String) {
            throw typeError("string indices must be integers, not 'str'");
        }
        if (container instanceof List || container instanceof PyTuple) {
            throw typeError(type + " indices must be integers or slices, not str");
        }
        throw typeError("'" + type + "' object is not subscriptable");
    }

    /** @return {@code container.get(key, fallback)}; only dicts have {@code get} */
    static Object get(Object container, Object key, Object fallback) {
        if (!(container instanceof Map<?, ?> map)) {
            throw noAttribute(container, "get");
        }
        return hasKey(map, key) ? getKey(map, key) : fallback;
    }

    /** @return {@code value.copy()} for a dict or list (shallow, fresh container) */
    static Object shallowCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<Object, Object>(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<Object>(list);
        }
        throw noAttribute(value, "copy");
    }

    /** @return the items {@code for x in value} visits: list or tuple items, characters of a str, dict keys */
    static List<Object> iterate(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof PyTuple tuple) {
            return new ArrayList<>(tuple.items());
        }
        if (value instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.keySet());
        }
        if (value instanceof Collection<?> items) {
            return new ArrayList<>(items);
        }
        throw typeError("'" + PyTypes.typeName(value) + "' object is not iterable");
    }

    /** @return {@code str(value)}, as an f-string prints it */
    static String str(Object value) {
        return value instanceof String s ? s : PyRepr.str(value);
    }

    /** @return Python's {@code AttributeError} for a missing method */
    static PyException noAttribute(Object value, String name) {
        return new PyException("'" + PyTypes.typeName(value) + "' object has no attribute '" + name + "'",
            FailureKind.WRONG_TYPE, null);
    }

    /** @return a {@code TypeError} with the given text */
    static PyException typeError(String message) {
        return new PyException(message, FailureKind.WRONG_TYPE, null);
    }
}
