package io.envtune.env.travel.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few Python operators the TravelAPI reference applies to caller-supplied values, with CPython 3.11's results and
 * error texts: dict membership (hashability), {@code <}, {@code +=}/{@code -=} on balances, and attribute errors.
 * Package-private because the toolkit has no operator layer; arithmetic that builds numbers lives in {@link PyNumbers}.
 */
final class PyOps {

    private PyOps() {
    }

    /**
     * {@code key in d} for a dict whose keys are all str (every TravelAPI dict): raises for unhashable keys.
     *
     * @param map the dict
     * @param key the probe
     * @param param the parameter that supplied the key, for the failure record
     * @return whether the key is present
     */
    static boolean containsKey(Map<?, ?> map, Object key, String param) {
        requireHashable(key, param);
        return key instanceof String && map.containsKey(key);
    }

    /**
     * @param value a value used as a dict or set key
     * @param param the parameter that supplied it
     * @throws PyException {@code unhashable type: 'list'} for lists, dicts, sets and tuples holding them
     */
    static void requireHashable(Object value, String param) {
        if (value instanceof List<?> || value instanceof Map<?, ?> || value instanceof Set<?>) {
            throw new PyException("unhashable type: '" + PyTypes.typeName(value) + "'", FailureKind.WRONG_TYPE, param);
        }
        if (value instanceof PyTuple tuple) {
            for (Object item : tuple.items()) {
                requireHashable(item, param);
            }
        }
    }

    /**
     * Python {@code a < b} for numbers (exact across int and float) and strings.
     *
     * @param a the left operand
     * @param b the right operand
     * @param param the parameter at fault when the types do not compare
     * @return the comparison
     */
    static boolean lessThan(Object a, Object b, String param) {
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return PyNumbers.compare(a, b) < 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y) < 0;
        }
        throw new PyException("'<' not supported between instances of '" + PyTypes.typeName(a) + "' and '"
            + PyTypes.typeName(b) + "'", FailureKind.WRONG_TYPE, param);
    }

    /**
     * Python {@code a += b} or {@code a -= b} on a balance.
     *
     * @param a the stored value
     * @param op {@code "+="} or {@code "-="}
     * @param b the amount
     * @param param the parameter that supplied the amount
     * @return the new value
     */
    static Object inPlace(Object a, String op, Object b, String param) {
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return op.equals("+=") ? PyNumbers.add(a, b) : PyNumbers.add(a, PyNumbers.negate(b));
        }
        if (op.equals("+=") && a instanceof String x && b instanceof String y) {
            return x + y;
        }
        throw new PyException("unsupported operand type(s) for " + op + ": '" + PyTypes.typeName(a) + "' and '"
            + PyTypes.typeName(b) + "'", FailureKind.WRONG_TYPE, param);
    }

    /**
     * @param value the object whose method is called
     * @param attribute the method name
     * @param param the parameter that supplied the object
     * @return the exception Python raises when the object has no such attribute
     */
    static PyException noAttribute(Object value, String attribute, String param) {
        return new PyException("'" + PyTypes.typeName(value) + "' object has no attribute '" + attribute + "'",
            FailureKind.WRONG_TYPE, param);
    }

    /**
     * A Python {@code KeyError} as the executor prints it: the repr of the missing key.
     *
     * @param key the key
     * @return the exception
     */
    static PyException keyError(Object key) {
        return new PyException(PyRepr.repr(key), FailureKind.INTERNAL, null);
    }

    /**
     * @param map a dict of str keys
     * @param key the key
     * @return {@code map[key]}
     * @throws PyException the KeyError when absent
     */
    static Object item(Map<?, ?> map, String key) {
        if (!map.containsKey(key)) {
            throw keyError(key);
        }
        return map.get(key);
    }

    /**
     * @param value a Python value
     * @return {@code str(value)} as an f-string interpolates it
     */
    static String str(Object value) {
        return PyRepr.str(value);
    }
}
