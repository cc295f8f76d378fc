package io.envtune.env.math.internal;

import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's binary operators {@code + - * /} over the value model (Long/BigInteger/Boolean = int, Double = float),
 * with CPython's promotions and exceptions: ints are unbounded, bool is an int, int with float goes through
 * {@code float(int)} (which overflows for huge ints), and int / int is the correctly rounded true quotient. Unlike
 * the toolkit's {@link io.envtune.toolkit.PyArith}, these raise {@link PyError}s that keep the Python exception class,
 * because MathAPI's tools catch {@code TypeError} (and the conversions {@code OverflowError}) themselves.
 */
final class PyNumbers {

    private static final MathContext QUOTIENT = new MathContext(40, RoundingMode.HALF_EVEN);

    private PyNumbers() {
    }

    /** {@code float(v)} for a number; huge ints raise {@code OverflowError}. */
    static double toFloat(Object v) {
        try {
            return PyArith.toFloat(v);
        } catch (PyException e) {
            // The toolkit's float(x) raises only for a huge int: CPython's OverflowError, whose class MathAPI catches.
            throw PyError.overflow(e.getMessage());
        }
    }

    /** {@code v == 0} in Python: true only for numeric zeros (and False). */
    static boolean isZero(Object v) {
        if (v instanceof Double d) {
            return d == 0.0;
        }
        return PyValues.isInt(v) && PyValues.toBigInteger(v).signum() == 0;
    }

    /** {@code a + b}: numbers, and concatenation of str, list and tuple. */
    static Object add(Object a, Object b) {
        if (PyValues.isInt(a) && PyValues.isInt(b)) {
            return PyValues.normalize(PyValues.toBigInteger(a).add(PyValues.toBigInteger(b)));
        }
        if (PyValues.isNumber(a) && PyValues.isNumber(b)) {
            return toFloat(a) + toFloat(b);
        }
        if (a instanceof String x && b instanceof String y) {
            return x + y;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            List<Object> out = new ArrayList<>(x);
            out.addAll(y);
            return out;
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            List<Object> out = new ArrayList<>(x.items());
            out.addAll(y.items());
            return new PyTuple(out);
        }
        throw unsupported("+", a, b);
    }

    /** {@code a - b} for numbers. */
    static Object sub(Object a, Object b) {
        if (PyValues.isInt(a) && PyValues.isInt(b)) {
            return PyValues.normalize(PyValues.toBigInteger(a).subtract(PyValues.toBigInteger(b)));
        }
        if (PyValues.isNumber(a) && PyValues.isNumber(b)) {
            return toFloat(a) - toFloat(b);
        }
        throw unsupported("-", a, b);
    }

    /** {@code a * b} for numbers (sequence repetition is never reached: callers check for numbers first). */
    static Object mul(Object a, Object b) {
        if (PyValues.isInt(a) && PyValues.isInt(b)) {
            return PyValues.normalize(PyValues.toBigInteger(a).multiply(PyValues.toBigInteger(b)));
        }
        if (PyValues.isNumber(a) && PyValues.isNumber(b)) {
            return toFloat(a) * toFloat(b);
        }
        throw unsupported("*", a, b);
    }

    /** {@code a / b}: always a float for numbers; division by zero raises {@code ZeroDivisionError}. */
    static double trueDiv(Object a, Object b) {
        if (!PyValues.isNumber(a) || !PyValues.isNumber(b)) {
            throw unsupported("/", a, b);
        }
        if (PyValues.isInt(a) && PyValues.isInt(b)) {
            return intTrueDiv(PyValues.toBigInteger(a), PyValues.toBigInteger(b));
        }
        double x = toFloat(a);
        double y = toFloat(b);
        if (y == 0.0) {
            throw new PyError(PyError.Type.ZERO_DIVISION, "float division by zero");
        }
        return x / y;
    }

    /** int / int: exact when both fit in 53 bits, otherwise rounded from a 40-digit quotient. */
    private static double intTrueDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw new PyError(PyError.Type.ZERO_DIVISION, "division by zero");
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        double q = new BigDecimal(a).divide(new BigDecimal(b), QUOTIENT).doubleValue();
        if (Double.isInfinite(q)) {
            throw PyError.overflow("integer division result too large for a float");
        }
        return q;
    }

    private static PyError unsupported(String op, Object a, Object b) {
        return PyError.typeError("unsupported operand type(s) for " + op + ": '" + PyValues.typeName(a) + "' and '"
            + PyValues.typeName(b) + "'");
    }
}
