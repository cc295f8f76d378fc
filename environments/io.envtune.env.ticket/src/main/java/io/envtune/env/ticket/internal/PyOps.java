package io.envtune.env.ticket.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few Python operations TicketAPI performs on values of any type (item access, {@code lower}, ordering against
 * an int, {@code += 1}), raising what CPython 3.11 raises for the wrong type. The toolkit has no general Python
 * object model, so these live here, package-private.
 */
final class PyOps {

    private PyOps() {
    }

    /** {@code container[key]} for a str key, as the tools index ticket dicts. */
    @SuppressWarnings("unchecked")
    static Object getItem(Object container, String key) {
        if (container instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw new PyException(PyRepr.repr(key), FailureKind.INTERNAL, null);
            }
            return m.get(key);
        }
        if (container instanceof List || container instanceof PyTuple) {
            throw new PyException(PyTypes.typeName(container) + " indices must be integers or slices, not str");
        }
        if (container instanceof String) {
            throw new PyException("string indices must be integers, not 'str'");
        }
        throw new PyException("'" + PyTypes.typeName(container) + "' object is not subscriptable");
    }

    /** {@code container[key] = value} on a ticket dict. */
    @SuppressWarnings("unchecked")
    static void setItem(Object container, Object key, Object value) {
        if (container instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(key, value);
            return;
        }
        throw new PyException("'" + PyTypes.typeName(container) + "' object does not support item assignment");
    }

    /** {@code a == b}. */
    static boolean eq(Object a, Object b) {
        return a == b || PyEquality.eq(a, b);
    }

    /** {@code value.lower()}. */
    static String lower(Object value, String parameter) {
        if (value instanceof String s) {
            return s.toLowerCase(Locale.ROOT);
        }
        throw new PyException(noAttribute(value, "lower"), FailureKind.WRONG_TYPE, parameter);
    }

    /** {@code value < bound} (op {@code <}) or {@code value > bound} (op {@code >}) for an int bound. */
    static boolean compare(Object value, String op, long bound, String parameter) {
        if (value instanceof Double d) {
            return op.equals("<") ? d < bound : d > bound;
        }
        BigInteger v = value instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO)
                : value instanceof Long l ? BigInteger.valueOf(l)
                : value instanceof BigInteger i ? i : null;
        if (v == null) {
            throw new PyException("'" + op + "' not supported between instances of '" + PyTypes.typeName(value)
                    + "' and 'int'", FailureKind.WRONG_TYPE, parameter);
        }
        int c = v.compareTo(BigInteger.valueOf(bound));
        return op.equals("<") ? c < 0 : c > 0;
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
