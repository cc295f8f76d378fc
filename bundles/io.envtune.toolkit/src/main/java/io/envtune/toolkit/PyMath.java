package io.envtune.toolkit;

/**
 * The arbitrary-precision numerics of MathAPI: {@code Decimal} square roots and mpmath logarithms, reproduced to the
 * digit (see PORTING.md section 3).
 */
public final class PyMath {

    private PyMath() {
    }

    /**
     * {@code getcontext().prec = precision; Decimal(number).sqrt()}.
     *
     * @param number an int or float value (exact binary value is used)
     * @param precision significant digits
     * @return the Decimal
     */
    public static PyDecimal decimalSqrt(Object number, int precision) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * {@code mp.dps = precision; mpmath.log(value) / mpmath.log(base)}.
     *
     * @param value an int or float
     * @param base an int or float
     * @param precision decimal places of mpmath
     * @return an {@link Mpf}, or an {@link Mpc} for negative input
     * @throws PyException with an empty message where mpmath raises ZeroDivisionError (base 1)
     */
    public static Object mpLog(Object value, Object base, int precision) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
