package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyFloat;
import io.envtune.toolkit.PyTypes;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python arithmetic and ordering on the value model's numbers (bool, int as Long/BigInteger, float as Double), with
 * CPython 3.11's exact comparisons between ints and floats and its error texts for other types.
 */
final class PyNumbers {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyNumbers() {
    }

    /** @return true for bool, int and float values */
    static boolean isNumber(Object v) {
        return v instanceof Boolean || v instanceof Long || v instanceof BigInteger || v instanceof Double
            || v instanceof Integer;
    }

    /** @return an int as the value model stores it: Long when it fits, else BigInteger */
    static Object normalise(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Object) value.longValue() : value;
    }

    /**
     * Python's ordering operators.
     *
     * @param a the left operand
     * @param op one of {@code < <= > >=}
     * @param b the right operand
     * @return the comparison's value (false whenever NaN takes part)
     */
    static boolean compare(Object a, String op, Object b) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            Integer cmp = numericCompare(a, b);
            if (cmp == null) {
                return false;
            }
            c = cmp;
        } else if (a instanceof String x && b instanceof String y) {
            c = x.compareTo(y);
        } else {
            throw PyOps.typeError("'" + op + "' not supported between instances of '" + PyTypes.typeName(a)
                + "' and '" + PyTypes.typeName(b) + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static Integer numericCompare(Object a, Object b) {
        if (!(a instanceof Double) && !(b instanceof Double)) {
            return toBig(a).compareTo(toBig(b));
        }
        if (isNan(a) || isNan(b)) {
            return null;
        }
        return exact(a).compareTo(exact(b));
    }

    private static boolean isNan(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    /** An exact, totally ordered view of a non-NaN number (infinities as huge sentinels). */
    private static BigDecimal exact(Object v) {
        if (v instanceof Double d) {
            if (d.isInfinite()) {
                return new BigDecimal(BigInteger.TEN.pow(400)).multiply(BigDecimal.valueOf(d > 0 ? 1 : -1));
            }
            return new BigDecimal(d);
        }
        return new BigDecimal(toBig(v));
    }

    private static BigInteger toBig(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof BigInteger big) {
            return big;
        }
        return BigInteger.valueOf(((Number) v).longValue());
    }

    /** @return {@code float(v)} for a number: OverflowError for ints beyond the double range */
    static double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (!isNumber(v)) {
            throw PyOps.typeError("float() argument must be a string or a real number, not '" + PyTypes.typeName(v)
                + "'");
        }
        BigInteger big = toBig(v);
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("int too large to convert to float", FailureKind.INVALID_VALUE, null);
        }
        return d;
    }

    /** @return {@code int(v)} for a number: floats truncate; NaN and infinities fail like CPython */
    static Object toInt(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw new PyException("cannot convert float NaN to integer", FailureKind.INVALID_VALUE, null);
            }
            if (d.isInfinite()) {
                throw new PyException("cannot convert float infinity to integer", FailureKind.INVALID_VALUE, null);
            }
            return normalise(new BigDecimal(d).toBigInteger());
        }
        if (!isNumber(v)) {
            throw PyOps.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyTypes.typeName(v) + "'");
        }
        return normalise(toBig(v));
    }

    /** @return {@code a + b} ({@code op} names the operator for error texts, e.g. {@code +=}) */
    static Object add(Object a, Object b, String op) {
        requireNumbers(a, b, op);
        if (a instanceof Double || b instanceof Double) {
            return toFloat(a) + toFloat(b);
        }
        return normalise(toBig(a).add(toBig(b)));
    }

    /** @return {@code a - b} */
    static Object subtract(Object a, Object b, String op) {
        requireNumbers(a, b, op);
        if (a instanceof Double || b instanceof Double) {
            return toFloat(a) - toFloat(b);
        }
        return normalise(toBig(a).subtract(toBig(b)));
    }

    /** @return {@code a * b} where a is a float and b an int, as {@code float(price) * int(amount)} computes it */
    static double multiply(double a, Object b) {
        return a * toFloat(b);
    }

    /** @return {@code abs(v)} */
    static Object abs(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (!isNumber(v)) {
            throw PyOps.typeError("bad operand type for abs(): '" + PyTypes.typeName(v) + "'");
        }
        return normalise(toBig(v).abs());
    }

    /** @return {@code f"{v:.2f}"} for a number */
    static String fixed2(Object v) {
        double d = toFloat(v);
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return PyFloat.fixed(d, 2);
    }

    private static void requireNumbers(Object a, Object b, String op) {
        if (!isNumber(a) || !isNumber(b)) {
            throw PyOps.typeError("unsupported operand type(s) for " + op + ": '" + PyTypes.typeName(a) + "' and '"
                + PyTypes.typeName(b) + "'");
        }
    }
}
