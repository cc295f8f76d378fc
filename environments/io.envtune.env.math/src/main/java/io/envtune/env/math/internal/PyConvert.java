package io.envtune.env.math.internal;

import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Python's {@code int(x)} and mpmath's conversion of an argument to {@code mpf}, with their exceptions. */
final class PyConvert {

    private static final Pattern INT_LITERAL = Pattern.compile("[+-]?\\d+(_\\d+)*");
    private static final Pattern FLOAT_LITERAL =
        Pattern.compile("[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyConvert() {
    }

    /**
     * {@code int(x)}: ints as they are, floats truncated, strings parsed as base-10 literals.
     *
     * @param x a Python value
     * @return the int as BigInteger
     */
    static BigInteger toInt(Object x) {
        if (PyValues.isInt(x)) {
            return PyValues.toBigInteger(x);
        }
        if (x instanceof Double d) {
            if (Double.isNaN(d)) {
                throw new PyError(PyError.Type.VALUE, "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyError.overflow("cannot convert float infinity to integer");
            }
            return new BigDecimal(d).setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        }
        if (x instanceof String s) {
            BigInteger n = parseInt(s);
            if (n == null) {
                throw new PyError(PyError.Type.VALUE, "invalid literal for int() with base 10: " + PyText.repr(s));
            }
            return n;
        }
        throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
            + PyValues.typeName(x) + "'");
    }

    /**
     * What {@code mpmath.log} accepts as its argument: numbers (bool as int) and numeric strings. A decimal string is
     * taken as the nearest float, while mpmath would round the decimal to its working precision (a known divergence).
     *
     * @param x a Python value
     * @return a Long, BigInteger or Double for {@link io.envtune.toolkit.PyArith#mpLog}
     */
    static Object toMpfInput(Object x) {
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (PyValues.isNumber(x)) {
            return x;
        }
        if (x instanceof String s) {
            BigInteger n = parseInt(s);
            if (n != null) {
                return PyValues.normalize(n);
            }
            String t = s.strip();
            if (FLOAT_LITERAL.matcher(t).matches()) {
                return Double.parseDouble(t.toLowerCase().replace("infinity", "inf").replace("inf", "Infinity")
                    .replace("nan", "NaN"));
            }
        }
        throw PyError.typeError("cannot create mpf from " + PyText.repr(x));
    }

    /** Python's base-10 int literal rules: surrounding whitespace, a sign, digits with single underscores. */
    private static BigInteger parseInt(String s) {
        String t = s.strip();
        StringBuilder ascii = new StringBuilder();
        t.codePoints().forEach(cp -> ascii.append(Character.isDigit(cp) ? (char) ('0' + Character.digit(cp, 10))
            : (char) Math.min(cp, 0xFFFF)));
        String a = ascii.toString();
        if (!INT_LITERAL.matcher(a).matches()) {
            return null;
        }
        return new BigInteger(a.replace("_", ""));
    }
}
