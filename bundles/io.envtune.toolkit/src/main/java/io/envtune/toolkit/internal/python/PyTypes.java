package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyObject;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python type names and numeric coercions of the value model, for error texts and arithmetic. Besides the canonical
 * types of the model, {@link Integer}, {@link Short} and {@link Byte} are accepted as int and {@link Float} as float,
 * so values built by hand in Java behave.
 */
public final class PyTypes {


    private PyTypes() {
    }

    /**
     * @param value a Python value
     * @return {@code type(value).__name__}: {@code int}, {@code float}, {@code str}, {@code bool}, {@code NoneType},
     *         {@code list}, {@code dict}, {@code tuple}, {@code set}, …
     */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (isIntegral(value)) {
            return "int";
        } else if (value instanceof Double || value instanceof Float) {
            return "float";
        } else if (value instanceof String) {
            return "str";
        }
        return containerOrOtherName(value);
    }

    private static String containerOrOtherName(Object value) {
        if (value instanceof List) {
            return "list";
        } else if (value instanceof Map) {
            return "dict";
        } else if (value instanceof PyTuple) {
            return "tuple";
        } else if (value instanceof Set) {
            return "set";
        } else if (value instanceof PyDecimal) {
            return "Decimal";
        } else if (value instanceof Mpf) {
            return "mpf";
        } else if (value instanceof Mpc) {
            return "mpc";
        } else if (value instanceof PyComplex) {
            return "complex";
        } else if (value instanceof PyEllipsis) {
            return "ellipsis";
        } else if (value instanceof PyObject o) {
            return o.pyClassName();
        }
        return value.getClass().getSimpleName();
    }

    /**
     * @param value a Python value
     * @return true for int and bool values (bool is an int in Python)
     */
    public static boolean isInt(Object value) {
        return value instanceof Boolean || isIntegral(value);
    }

    /**
     * @param value a Python value
     * @return true for int, bool and float values
     */
    public static boolean isNumber(Object value) {
        return isInt(value) || value instanceof Double || value instanceof Float;
    }

    /**
     * @param value a Python value
     * @return true for a float value (not int, not bool)
     */
    public static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    /**
     * @param value an int, bool or float, or a str holding a Python float literal
     * @return {@code float(value)}
     * @throws PyException for other types, with Python's text
     */
    public static double toDouble(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (value instanceof Number) {
            return Numbers.toFloat(value);
        } else if (value instanceof String s) {
            return NumberText.parseFloat(s);
        }
        throw new PyException("float() argument must be a string or a real number, not '" + typeName(value) + "'",
                FailureKind.WRONG_TYPE, null);
    }

    /**
     * @param value an int or bool (a float is truncated like {@code int(x)}; a str must hold a base-10 int literal)
     * @return {@code int(value)} normalised to Long, or BigInteger when it does not fit
     * @throws PyException for other types, with Python's text
     */
    public static Object toInt(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof BigInteger big) {
            return normalize(big);
        } else if (isIntegral(value)) {
            return ((Number) value).longValue();
        } else if (value instanceof Double || value instanceof Float) {
            return truncate(((Number) value).doubleValue());
        } else if (value instanceof String s) {
            return NumberText.parseInt(s);
        }
        throw new PyException("int() argument must be a string, a bytes-like object or a real number, not '"
                + typeName(value) + "'", FailureKind.WRONG_TYPE, null);
    }

    private static Object truncate(double d) {
        if (Double.isNaN(d)) {
            throw new PyException("cannot convert float NaN to integer", FailureKind.INVALID_VALUE,
                    null);
        }
        if (Double.isInfinite(d)) {
            throw new PyException("cannot convert float infinity to integer",
                    FailureKind.INVALID_VALUE, null);
        }
        if (Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return normalize(new BigDecimal(d).toBigInteger());
    }

    /**
     * @param value an int value (Long, BigInteger, Integer, …) or bool
     * @return the value as a BigInteger
     */
    public static BigInteger toBigInteger(Object value) {
        if (value instanceof BigInteger big) {
            return big;
        } else if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    /**
     * @param value an arbitrary-size int
     * @return the value as Long when it fits, else the BigInteger itself (the model's normal form)
     */
    public static Object normalize(BigInteger value) {
        return Numbers.normalize(value);
    }

    /**
     * @param value a Python value
     * @return {@code bool(value)} (truthiness)
     */
    public static boolean truthy(Object value) {
        if (value == null) {
            return false;
        } else if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof BigInteger big) {
            return big.signum() != 0;
        } else if (value instanceof Number n) {
            return isIntegral(n) ? n.longValue() != 0 : n.doubleValue() != 0.0;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        }
        return containerTruthy(value);
    }

    private static boolean containerTruthy(Object value) {
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        } else if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        } else if (value instanceof PyTuple t) {
            return !t.items().isEmpty();
        } else if (value instanceof PyComplex c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        } else if (value instanceof PyDecimal d) {
            return !NumberText.isZeroDecimal(d.text());
        }
        return true;
    }

    static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte;
    }
}
