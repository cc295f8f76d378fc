package io.envtune.toolkit;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.internal.python.JsonValues;
import io.envtune.toolkit.internal.python.PyCompare;
import io.envtune.toolkit.internal.python.PyContainers;
import io.envtune.toolkit.internal.python.PyDicts;
import io.envtune.toolkit.internal.python.PyEquality;
import io.envtune.toolkit.internal.python.PyErrors;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Python value model for domains, one entry point: building and reading dicts under Python's key equality, type
 * names and conversions ({@code int(x)}, {@code float(x)}, {@code bool(x)}), {@code ==} and the ordering operators,
 * {@code in}, {@code len}, iteration, JSON decoding and deep copies, and CPython's {@code TypeError},
 * {@code AttributeError} and {@code KeyError} texts. Values are the plain Java objects described in the
 * {@link io.envtune.toolkit package} documentation; the implementation lives in the bundle's internal packages.
 * Stateless and thread-safe.
 */
public final class PyValues {

    private PyValues() {
    }

    /**
     * A dict with str keys in the given order, as tools build their return values.
     *
     * @param keysAndValues alternating keys (String) and values
     * @return a new, mutable dict
     */
    public static Map<String, Object> dict(Object... keysAndValues) {
        return PyDicts.of(keysAndValues);
    }

    /**
     * @param dict a dict
     * @param key the probe
     * @param parameter the parameter that supplied the key, or null
     * @return {@code key in dict}
     * @throws PyException for an unhashable key, even on an empty dict (as CPython)
     */
    public static boolean containsKey(Map<?, ?> dict, Object key, String parameter) {
        return PyDicts.containsKey(dict, key, parameter);
    }

    /**
     * @param dict a dict
     * @param key the probe
     * @param parameter the parameter that supplied the key, or null
     * @return {@code dict.get(key)}: the value under an equal key, or null (None) when there is none
     */
    public static Object get(Map<?, ?> dict, Object key, String parameter) {
        return PyDicts.get(dict, key, parameter);
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
        return PyDicts.item(container, key);
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
        return PyDicts.item(container, key, missing);
    }

    /**
     * {@code container[key] = value}, under Python's key equality for a dict.
     *
     * @param container the target (a dict or a list)
     * @param key the key or index
     * @param value the value to store
     * @param parameter the parameter that supplied the container, blamed by a failure; or null
     * @throws PyException CPython's {@code TypeError}/{@code IndexError} texts for unhashable keys, bad indexes or
     *                     other containers
     */
    public static void setItem(Object container, Object key, Object value, String parameter) {
        PyDicts.setItem(container, key, value, parameter);
    }

    /**
     * {@code hash(value)} succeeds: lists, dicts and sets, also inside tuples, are unhashable.
     *
     * @param value a value about to become a dict key or set member
     * @param parameter the parameter that supplied it, or null
     * @throws PyException {@code TypeError: unhashable type: 'list'}
     */
    public static void requireHashable(Object value, String parameter) {
        PyDicts.requireHashable(value, parameter);
    }

    /**
     * @param dict a dict
     * @param key the probe
     * @param parameter the parameter that supplied the key, or null
     * @return the key object stored in the dict that equals {@code key}, else {@code key} itself
     */
    public static Object storedKey(Map<?, ?> dict, Object key, String parameter) {
        return PyDicts.storedKey(dict, key, parameter);
    }

    /**
     * @param value a Python value
     * @return {@code type(value).__name__}: {@code int}, {@code float}, {@code str}, {@code bool}, {@code NoneType},
     *         {@code list}, {@code dict}, {@code tuple}, {@code set}, …
     */
    public static String typeName(Object value) {
        return PyTypes.typeName(value);
    }

    /**
     * @param value a Python value
     * @return true for int and bool values (bool is an int in Python)
     */
    public static boolean isInt(Object value) {
        return PyTypes.isInt(value);
    }

    /**
     * @param value a Python value
     * @return true for a float value (not int, not bool)
     */
    public static boolean isFloat(Object value) {
        return PyTypes.isFloat(value);
    }

    /**
     * @param value a Python value
     * @return true for int, bool and float values
     */
    public static boolean isNumber(Object value) {
        return PyTypes.isNumber(value);
    }

    /**
     * @param value a Python value
     * @return {@code bool(value)} (truthiness)
     */
    public static boolean truthy(Object value) {
        return PyTypes.truthy(value);
    }

    /**
     * @param value an int value (Long, BigInteger, Integer, …) or bool
     * @return the value as a BigInteger
     */
    public static BigInteger toBigInteger(Object value) {
        return PyTypes.toBigInteger(value);
    }

    /**
     * @param value an int or bool (a float is truncated like {@code int(x)}; a str must hold a base-10 int literal)
     * @return {@code int(value)} normalised to Long, or BigInteger when it does not fit
     * @throws PyException for other types, with Python's text
     */
    public static Object toInt(Object value) {
        return PyTypes.toInt(value);
    }

    /**
     * @param value an int, bool or float, or a str holding a Python float literal
     * @return {@code float(value)}
     * @throws PyException for other types, with Python's text
     */
    public static double toDouble(Object value) {
        return PyTypes.toDouble(value);
    }

    /**
     * @param value an arbitrary-size int
     * @return the value as Long when it fits, else the BigInteger itself (the model's normal form)
     */
    public static Object normalize(BigInteger value) {
        return PyTypes.normalize(value);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a == b} in Python
     */
    public static boolean eq(Object a, Object b) {
        return PyEquality.eq(a, b);
    }

    /**
     * Python's ordering of two real numbers (int, bool, float), exact across int and float like CPython.
     *
     * @param a an int, bool or float
     * @param b an int, bool or float
     * @return negative, zero or positive; a NaN orders after every other number and equal to itself here (Python's
     *         comparisons with NaN are all false; callers that care test {@link Double#isNaN} first)
     */
    public static int compareNumbers(Object a, Object b) {
        return PyEquality.compareNumbers(a, b);
    }

    /**
     * @param op one of {@code <}, {@code <=}, {@code >}, {@code >=}
     * @param a the left operand
     * @param b the right operand
     * @param parameter the parameter to blame when the types do not compare, or null
     * @return {@code a op b}
     * @throws PyException CPython's {@code TypeError} for operands that do not compare
     */
    public static boolean compare(String op, Object a, Object b, String parameter) {
        return PyCompare.compare(op, a, b, parameter);
    }

    /** @return {@code a < b} */
    public static boolean lt(Object a, Object b) {
        return PyCompare.lt(a, b);
    }

    /** @return {@code a <= b} */
    public static boolean le(Object a, Object b) {
        return PyCompare.le(a, b);
    }

    /** @return {@code a > b} */
    public static boolean gt(Object a, Object b) {
        return PyCompare.gt(a, b);
    }

    /** @return {@code a >= b} */
    public static boolean ge(Object a, Object b) {
        return PyCompare.ge(a, b);
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
        return PyContainers.contains(container, item);
    }

    /**
     * @param value a Python value
     * @param parameter the parameter that supplied it, or null
     * @return {@code list(value)}: list and tuple items, a dict's keys, a set's members, a str's characters
     * @throws PyException {@code TypeError: 'int' object is not iterable} for the rest
     */
    public static List<Object> iterate(Object value, String parameter) {
        return PyContainers.iterate(value, parameter);
    }

    /**
     * @param value a Python value
     * @return {@code len(value)}; a str counts code points
     * @throws PyException {@code TypeError: object of type 'int' has no len()}
     */
    public static long len(Object value) {
        return PyContainers.len(value);
    }

    /**
     * @param json JSON text
     * @return the Python value
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static Object fromJson(String json) {
        return JsonValues.fromJson(json);
    }

    /**
     * @param value a Python value of plain data (no PyObject)
     * @return a deep copy with fresh mutable containers
     */
    public static Object deepCopy(Object value) {
        return JsonValues.deepCopy(value);
    }

    /**
     * @param message the {@code TypeError} text
     * @param parameter the parameter at fault, or null
     * @return the exception, of kind {@link FailureKind#WRONG_TYPE}
     */
    public static PyException typeError(String message, String parameter) {
        return PyErrors.typeError(message, parameter);
    }

    /**
     * @param value the object whose attribute was looked up
     * @param attribute the attribute or method name
     * @param parameter the parameter that supplied the object, or null
     * @return {@code AttributeError: 'int' object has no attribute 'lower'}, of kind {@link FailureKind#WRONG_TYPE}
     */
    public static PyException attributeError(Object value, String attribute, String parameter) {
        return PyErrors.attributeError(value, attribute, parameter);
    }

    /**
     * @param key the missing key
     * @param kind what a missing key means where it is raised: a bad id from the model
     *             ({@link FailureKind#NOT_FOUND}) or a malformed state ({@link FailureKind#INTERNAL})
     * @param parameter the parameter that supplied the key, or null
     * @return {@code KeyError}, whose text is the key's repr
     */
    public static PyException keyError(Object key, FailureKind kind, String parameter) {
        return PyErrors.keyError(key, kind, parameter);
    }

    /**
     * @param op the operator as CPython names it, e.g. {@code +=}
     * @param a the left operand
     * @param b the right operand
     * @return {@code TypeError: unsupported operand type(s) for +=: 'int' and 'str'}
     */
    public static PyException unsupported(String op, Object a, Object b) {
        return PyErrors.unsupported(op, a, b);
    }

    /**
     * Runs a Python operation on behalf of one parameter: a {@link PyException} it raises that names no parameter
     * is raised again naming this one (same text and kind), so the failure points at the argument to fix.
     *
     * @param parameter the parameter whose value the operation works on
     * @param operation the operation, e.g. {@code () -> PyOps.isub(balance, cost)}
     * @param <T> the result type
     * @return the operation's result
     */
    public static <T> T blaming(String parameter, Supplier<T> operation) {
        return PyErrors.blaming(parameter, operation);
    }
}
