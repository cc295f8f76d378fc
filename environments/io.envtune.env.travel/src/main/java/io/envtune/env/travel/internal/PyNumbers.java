package io.envtune.env.travel.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * Python numeric semantics over the value model (bool and int are exact integers, float is a double): addition,
 * multiplication, true division, exact comparison and the {@code float()} constructor, with CPython 3.11's texts.
 */
final class PyNumbers {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern FLOAT_TEXT = Pattern.compile(
        "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern SPECIAL_TEXT = Pattern.compile("(?i)[+-]?(?:inf|infinity|nan)");

    private PyNumbers() {
    }

    /** @return true for bool, int and float values */
    static boolean isNumber(Object v) {
        return v instanceof Boolean || v instanceof Long || v instanceof BigInteger || v instanceof Double;
    }

    /** @return true for bool and int values */
    static boolean isInt(Object v) {
        return v instanceof Boolean || v instanceof Long || v instanceof BigInteger;
    }

    /** @return an int-like value as a BigInteger */
    static BigInteger big(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return v instanceof BigInteger bi ? bi : BigInteger.valueOf((Long) v);
    }

    /** @return a BigInteger as Long when it fits (the value model's normal form) */
    static Object normal(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0 ? (Object) v.longValue() : v;
    }

    /** @return a number as a double, raising Python's OverflowError text for ints beyond the float range */
    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        double d = big(v).doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("int too large to convert to float", FailureKind.INVALID_VALUE, null);
        }
        return d;
    }

    /** @return {@code a + b} for two numbers */
    static Object add(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return normal(big(a).add(big(b)));
        }
        return toDouble(a) + toDouble(b);
    }

    /** @return {@code -v} for a number */
    static Object negate(Object v) {
        return v instanceof Double d ? (Object) (-d) : normal(big(v).negate());
    }

    /** @return {@code a * b} for two numbers */
    static Object multiply(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return normal(big(a).multiply(big(b)));
        }
        return toDouble(a) * toDouble(b);
    }

    /** @return {@code a / b} (true division) for two numbers, b non-zero */
    static double divide(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            // Python divides ints exactly and rounds once; doubles do the same while both are exact.
            BigInteger x = big(a);
            BigInteger y = big(b);
            if (x.bitLength() <= 53 && y.bitLength() <= 53) {
                return x.doubleValue() / y.doubleValue();
            }
            return new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
        }
        return toDouble(a) / toDouble(b);
    }

    /** @return the sign of {@code a - b}, exact across int and float; NaN compares as greater (never less) */
    static int compare(Object a, Object b) {
        if (!isFinite(a) || !isFinite(b)) {
            double x = toDoubleLenient(a);
            double y = toDoubleLenient(b);
            return Double.isNaN(x) || Double.isNaN(y) ? 1 : Double.compare(x, y);
        }
        return exact(a).compareTo(exact(b));
    }

    /**
     * Python's {@code float(value)}.
     *
     * @param value any value
     * @param param the parameter that supplied it
     * @return the float
     */
    static double pyFloat(Object value, String param) {
        if (isNumber(value)) {
            return toDouble(value);
        }
        if (value instanceof String s) {
            return parse(s, param);
        }
        throw new PyException("float() argument must be a string or a real number, not '" + PyTypes.typeName(value)
            + "'", FailureKind.WRONG_TYPE, param);
    }

    private static double parse(String s, String param) {
        String t = s.strip();
        if (FLOAT_TEXT.matcher(t).matches()) {
            return Double.parseDouble(t.replace("_", ""));
        }
        if (SPECIAL_TEXT.matcher(t).matches()) {
            boolean negative = t.startsWith("-");
            if (t.toLowerCase().contains("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new PyException("could not convert string to float: " + PyRepr.repr(s), FailureKind.INVALID_VALUE,
            param);
    }

    private static boolean isFinite(Object v) {
        return !(v instanceof Double d) || Double.isFinite(d);
    }

    private static double toDoubleLenient(Object v) {
        return v instanceof Double d ? d : big(v).doubleValue();
    }

    private static BigDecimal exact(Object v) {
        return v instanceof Double d ? new BigDecimal(d) : new BigDecimal(big(v));
    }
}
