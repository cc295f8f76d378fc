package io.envtune.toolkit;

import io.envtune.toolkit.internal.python.Mpc;
import io.envtune.toolkit.internal.python.Mpf;
import io.envtune.toolkit.internal.python.Numbers;
import io.envtune.toolkit.internal.python.PyFloat;
import io.envtune.toolkit.internal.python.PyMath;
import io.envtune.toolkit.internal.python.PyOps;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyException;

/**
 * Python's arithmetic for domains whose tools apply operators to untyped arguments: unbounded ints, int/float
 * promotion, true and floor division, modulo with the divisor's sign, {@code **}, the in-place forms, {@code round},
 * and the {@code Decimal.sqrt} and {@code mpmath.log} that MathAPI needs, with CPython 3.11's results and error
 * texts. Stateless and thread-safe.
 */
public final class PyArith {

    private PyArith() {
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a + b}
     * @throws PyException with CPython's TypeError/OverflowError text
     */
    public static Object add(Object a, Object b) {
        return PyOps.add(a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a - b}
     */
    public static Object sub(Object a, Object b) {
        return PyOps.sub(a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a * b}
     */
    public static Object mul(Object a, Object b) {
        return PyOps.mul(a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a / b} (true division)
     */
    public static Object truediv(Object a, Object b) {
        return PyOps.truediv(a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a // b}
     */
    public static Object floordiv(Object a, Object b) {
        return PyOps.floordiv(a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a % b} (numbers only; str formatting is not supported)
     */
    public static Object mod(Object a, Object b) {
        return PyOps.mod(a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a ** b}
     */
    public static Object pow(Object a, Object b) {
        return PyOps.pow(a, b);
    }

    /**
     * @param a a Python value
     * @return {@code -a}
     */
    public static Object neg(Object a) {
        return PyOps.neg(a);
    }

    /**
     * @param a a Python value
     * @return {@code +a}
     */
    public static Object pos(Object a) {
        return PyOps.pos(a);
    }

    /**
     * @param a a Python value
     * @return {@code ~a}
     */
    public static Object invert(Object a) {
        return PyOps.invert(a);
    }

    /**
     * {@code float(x)} of a number, the one copy domains use: an int beyond the double range raises CPython's
     * {@code OverflowError} text {@code int too large to convert to float}.
     *
     * @param number an int (Long or BigInteger), a bool or a float
     * @return the float
     * @throws PyException the overflow, for a huge int
     */
    public static double toFloat(Object number) {
        return Numbers.toFloat(number);
    }

    /**
     * @param a the target
     * @param b the operand
     * @return {@code a += b}: a list is extended in place and returned, anything else as {@code a + b}
     */
    public static Object iadd(Object a, Object b) {
        return PyOps.iadd(a, b);
    }

    /**
     * {@code a -= b}: like {@link #sub}, except that an unsupported pair names the operator {@code -=}.
     *
     * @param a the target's value
     * @param b a Python value
     * @return the new value of the target
     * @throws PyException with CPython's TypeError/OverflowError text
     */
    public static Object isub(Object a, Object b) {
        return PyOps.isub(a, b);
    }

    /**
     * @param x a double
     * @param ndigits digits after the point (may be negative)
     * @return {@code round(x, ndigits)}
     * @throws PyException {@code rounded value too large to represent} when the result overflows, like Python
     */
    public static double round(double x, int ndigits) {
        return PyFloat.round(x, ndigits);
    }

    /**
     * {@code getcontext().prec = precision; Decimal(number).sqrt()}.
     *
     * @param number an int or float value (exact binary value is used)
     * @param precision significant digits
     * @return the Decimal
     * @throws PyException with CPython's text for a precision below 1 ({@code ValueError}), a negative number
     *         ({@code InvalidOperation}) or a non-numeric value
     */
    public static PyDecimal decimalSqrt(Object number, int precision) {
        return PyMath.decimalSqrt(number, precision);
    }

    /**
     * {@code mp.dps = precision; mpmath.log(value) / mpmath.log(base)}: each logarithm of the exact input correctly
     * rounded to the binary precision of {@code precision} digits, the quotient rounded again.
     *
     * @param value an int or float
     * @param base an int or float
     * @param precision decimal places of mpmath
     * @return an {@link Mpf}, or an {@link Mpc} for negative input
     * @throws PyException with an empty message where mpmath raises ZeroDivisionError (base 1)
     */
    public static Object mpLog(Object value, Object base, int precision) {
        return PyMath.mpLog(value, base, precision);
    }
}
