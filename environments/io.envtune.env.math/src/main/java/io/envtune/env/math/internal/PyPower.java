package io.envtune.env.math.internal;

import io.envtune.toolkit.PyValues;
import java.math.BigInteger;

/**
 * Python's {@code base ** exponent} for numbers, following CPython 3.11's {@code long_pow}, {@code float_pow} and
 * {@code complex_pow}: int to a non-negative int stays an exact int; everything else is a C {@code pow} on floats,
 * except a negative base with a fractional exponent, which becomes a complex power. C's {@code pow} is
 * {@link Math#pow}, which differs from glibc's in the last bit for about 1 in 1000 random inputs (fdlibm's
 * {@link StrictMath#pow} for about 1 in 10); no BFCL ground truth uses {@code power}.
 */
final class PyPower {

    /** Results beyond this many decimal digits could not be printed by CPython 3.11 anyway (see {@link IntLimit}). */
    private static final double MAX_RESULT_DIGITS = IntLimit.MAX_DIGITS + 10;

    private static final double LOG10_2 = Math.log10(2.0);

    private PyPower() {
    }

    /** @return {@code base ** exponent}: Long/BigInteger, Double or {@link io.envtune.toolkit.value.PyComplex} */
    static Object pow(Object base, Object exponent) {
        if (!PyValues.isNumber(base) || !PyValues.isNumber(exponent)) {
            throw PyError.typeError("unsupported operand type(s) for ** or pow(): '" + PyValues.typeName(base)
                + "' and '" + PyValues.typeName(exponent) + "'");
        }
        if (PyValues.isInt(base) && PyValues.isInt(exponent) && PyValues.toBigInteger(exponent).signum() >= 0) {
            return intPow(PyValues.toBigInteger(base), PyValues.toBigInteger(exponent));
        }
        return floatPow(PyNumbers.toFloat(base), PyNumbers.toFloat(exponent));
    }

    /** Exact int power; results too long to print raise the int-to-str limit error right away. */
    private static Object intPow(BigInteger base, BigInteger exponent) {
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            boolean odd = exponent.testBit(0);
            if (base.signum() == 0) {
                return exponent.signum() == 0 ? 1L : 0L;
            }
            return base.signum() < 0 && odd ? -1L : 1L;
        }
        // A lower bound of the digit count: only results that surely could not be printed are refused unbuilt.
        double digits = exponent.doubleValue() * (base.abs().bitLength() - 1) * LOG10_2;
        if (digits > MAX_RESULT_DIGITS) {
            throw IntLimit.exceeded();
        }
        return PyValues.normalize(base.pow(exponent.intValueExact()));
    }

    /** CPython's {@code float_pow}, special cases first, then C {@code pow} with overflow detection. */
    static Object floatPow(double v, double w) {
        if (w == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (w > 0.0) == (av > 1.0) ? Math.abs(w) : 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (w > 0.0) {
                return odd ? v : Math.abs(v);
            }
            return odd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0.0) {
            if (w < 0.0) {
                throw new PyError(PyError.Type.ZERO_DIVISION, "0.0 cannot be raised to a negative power");
            }
            return isOddInteger(w) ? v : 0.0;
        }
        return finitePow(v, w);
    }

    private static Object finitePow(double v, double w) {
        boolean negate = false;
        if (v == 1.0) {
            return 1.0;
        }
        if (v < 0.0) {
            if (w != Math.floor(w)) {
                return ComplexPower.pow(v, w);
            }
            v = -v;
            negate = isOddInteger(w);
        }
        if (v == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(v, w);
        if (Double.isInfinite(r)) {
            throw PyError.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && w == Math.floor(w) && ((long) w & 1L) == 1L;
    }
}
