package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's binary operators and {@code float()} over the value model, with CPython 3.11's TypeError texts, for tools
 * that do arithmetic on arguments of any type. The toolkit has no such helper yet; this one covers what the vehicle
 * tools need ({@code + - * / %}, ordering comparisons, {@code float(x)}).
 */
final class PyOps {

    private PyOps() {
    }

    /** @return {@code a + b} */
    static Object add(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return numeric('+', a, b);
        }
        if (a instanceof String sa) {
            if (b instanceof String sb) {
                return sa + sb;
            }
            throw typeError("can only concatenate str (not \"" + PyTypes.typeName(b) + "\") to str");
        }
        if (a instanceof List<?> la) {
            if (b instanceof List<?> lb) {
                List<Object> out = new ArrayList<>(la);
                out.addAll(lb);
                return out;
            }
            throw typeError("can only concatenate list (not \"" + PyTypes.typeName(b) + "\") to list");
        }
        throw unsupported('+', a, b);
    }

    /** @return {@code a - b} */
    static Object sub(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return numeric('-', a, b);
        }
        throw unsupported('-', a, b);
    }

    /** @return {@code a * b} (numbers only; a sequence times a number is refused like Python refuses floats) */
    static Object mul(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return numeric('*', a, b);
        }
        if (isSequence(a) && PyTypes.isInt(b)) {
            return repeat(a, toBig(b));
        }
        if (isSequence(b) && PyTypes.isInt(a)) {
            return repeat(b, toBig(a));
        }
        if (isSequence(a) && isNumber(b)) {
            throw typeError("can't multiply sequence by non-int of type '" + PyTypes.typeName(b) + "'");
        }
        if (isSequence(b) && isNumber(a)) {
            throw typeError("can't multiply sequence by non-int of type '" + PyTypes.typeName(a) + "'");
        }
        throw unsupported('*', a, b);
    }

    /** @return {@code a / b}, true division */
    static Object div(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            throw unsupported('/', a, b);
        }
        boolean floats = a instanceof Double || b instanceof Double;
        if (toFloat(b) == 0.0) {
            throw new PyException(floats ? "float division by zero" : "division by zero",
                    FailureKind.INVALID_VALUE, null);
        }
        if (!floats && (toBig(a).bitLength() > 53 || toBig(b).bitLength() > 53)) {
            // Python rounds int / int once; for ints a double cannot hold exactly, go through a wide decimal.
            return new BigDecimal(toBig(a)).divide(new BigDecimal(toBig(b)), MathContext.DECIMAL128).doubleValue();
        }
        return toFloat(a) / toFloat(b);
    }

    /** @return Python's {@code x % y} for floats: the result takes the divisor's sign */
    static double floatMod(double x, double y) {
        double r = x % y;
        if (r != 0.0 && (r < 0) != (y < 0)) {
            r += y;
        }
        return r;
    }

    /** @return {@code a < b} */
    static boolean lt(Object a, Object b) {
        return compare("<", a, b);
    }

    /** @return {@code a <= b} */
    static boolean le(Object a, Object b) {
        return compare("<=", a, b);
    }

    /** @return {@code a > b} */
    static boolean gt(Object a, Object b) {
        return compare(">", a, b);
    }

    /**
     * @param value any Python value
     * @return {@code float(value)}
     */
    static double toFloat(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return toBig(value).doubleValue();
        }
        if (value instanceof String s) {
            return PyFloatParse.parse(s);
        }
        throw typeError("float() argument must be a string or a real number, not '"
                + PyTypes.typeName(value) + "'");
    }

    /** @return true for int, bool and float values */
    static boolean isNumber(Object v) {
        return v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof BigInteger
                || v instanceof Double;
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof List<?> || v instanceof PyTuple;
    }

    private static Object repeat(Object sequence, BigInteger times) {
        int n = times.signum() <= 0 ? 0 : times.intValueExact();
        if (sequence instanceof String s) {
            return s.repeat(n);
        }
        List<?> items = sequence instanceof PyTuple t ? t.items() : (List<?>) sequence;
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.addAll(items);
        }
        return sequence instanceof PyTuple ? new PyTuple(out) : out;
    }

    private static Object numeric(char op, Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = toFloat(a);
            double y = toFloat(b);
            return switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                default -> x * y;
            };
        }
        BigInteger x = toBig(a);
        BigInteger y = toBig(b);
        BigInteger r = switch (op) {
            case '+' -> x.add(y);
            case '-' -> x.subtract(y);
            default -> x.multiply(y);
        };
        return r.bitLength() < 64 ? (Object) r.longValue() : r;
    }

    private static BigInteger toBig(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof BigInteger bi) {
            return bi;
        }
        return BigInteger.valueOf(((Number) v).longValue());
    }

    private static boolean compare(String op, Object a, Object b) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            c = compareNumbers(a, b);
        } else if (a instanceof String sa && b instanceof String sb) {
            c = compareCodePoints(sa, sb);
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            return compareSequences(op, la, lb);
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return compareSequences(op, ta.items(), tb.items());
        } else {
            throw typeError("'" + op + "' not supported between instances of '" + PyTypes.typeName(a)
                    + "' and '" + PyTypes.typeName(b) + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean compareSequences(String op, List<?> a, List<?> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!PyEquality.eq(a.get(i), b.get(i))) {
                return compare(op, a.get(i), b.get(i));
            }
        }
        return compare(op, (long) a.size(), (long) b.size());
    }

    private static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = toFloat(a);
            double y = toFloat(b);
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return Double.compare(x, y);
            }
            // Python compares an int with a float exactly, not after rounding the int.
            BigDecimal bx = a instanceof Double ? new BigDecimal(x) : new BigDecimal(toBig(a));
            BigDecimal by = b instanceof Double ? new BigDecimal(y) : new BigDecimal(toBig(b));
            return bx.compareTo(by);
        }
        return toBig(a).compareTo(toBig(b));
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static PyException unsupported(char op, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + PyTypes.typeName(a) + "' and '"
                + PyTypes.typeName(b) + "'");
    }

    static PyException typeError(String message) {
        return new PyException(message, FailureKind.WRONG_TYPE, null);
    }

    /** @return {@code repr(value)}, for messages that embed a value */
    static String repr(Object value) {
        return PyRepr.repr(value);
    }
}
