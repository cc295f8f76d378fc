package io.envtune.toolkit.internal.python;

import ch.obermuhlner.math.big.BigDecimalMath;
import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arbitrary-precision numerics of MathAPI: {@code Decimal} square roots and mpmath logarithms, reproduced to the
 * digit (see PORTING.md section 3). Precisions beyond {@value #MAX_DIGITS} digits are refused with a
 * {@link PyException} (CPython would compute them, slowly).
 */
public final class PyMath {

    /** The largest precision computed, in decimal digits. */
    public static final int MAX_DIGITS = 10_000;
    /**
     * Above this many digits, logarithms and pi go through the AGM ({@link AgmLog}): big-math's log took 88 s at 10,000
     * digits (and was wrong in its last 30 digits at 2869), its pi 1.6 s.
     */
    private static final int AGM_DIGITS = 200;

    private PyMath() {
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
        if (precision < 1) {
            throw new PyException("valid range for prec is [1, MAX_PREC]", FailureKind.INVALID_VALUE, "precision");
        }
        checkPrecision(precision);
        if (PyTypes.isFloat(number) && !Double.isFinite(((Number) number).doubleValue())) {
            double d = ((Number) number).doubleValue();
            if (d < 0) {
                throw invalidOperation();
            }
            return new PyDecimal(Double.isNaN(d) ? "NaN" : "Infinity");
        } else if (PyTypes.isFloat(number) && ((Number) number).doubleValue() == 0.0) {
            return new PyDecimal(1.0 / ((Number) number).doubleValue() < 0 ? "-0" : "0");
        }
        BigDecimal x = exactDecimal(number);
        if (x.signum() < 0) {
            throw invalidOperation();
        }
        BigDecimal r = x.sqrt(new MathContext(precision, RoundingMode.HALF_EVEN));
        if (r.multiply(r).compareTo(x) != 0 && r.precision() < precision) {
            // Python keeps every digit of an inexact root (813.332650); Java drops trailing zeros.
            r = r.setScale(r.scale() + precision - r.precision(), RoundingMode.UNNECESSARY);
        }
        return new PyDecimal(r.toString());
    }

    private static BigDecimal exactDecimal(Object number) {
        if (PyTypes.isFloat(number)) {
            return new BigDecimal(((Number) number).doubleValue());
        } else if (PyTypes.isInt(number)) {
            return new BigDecimal(PyTypes.toBigInteger(number));
        }
        throw new PyException("conversion from " + PyTypes.typeName(number) + " to Decimal is not supported",
                FailureKind.WRONG_TYPE, null);
    }

    private static PyException invalidOperation() {
        return new PyException("[<class 'decimal.InvalidOperation'>]", FailureKind.INVALID_VALUE, null);
    }

    private static void checkPrecision(int digits) {
        if (digits > MAX_DIGITS) {
            throw new PyException("precision " + digits + " is above the supported " + MAX_DIGITS + " digits",
                    FailureKind.INVALID_VALUE, "precision");
        }
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
        checkPrecision(precision);
        int prec = MpFormat.precBits(precision);
        AgmLog agm = new AgmLog();
        MpComplex q = MpComplex.divide(log(input(value, prec), prec, agm), log(input(base, prec), prec, agm), prec);
        if (q.imag() == null) {
            return new Mpf(MpFormat.text(q.real(), prec));
        }
        return new Mpc(MpFormat.text(q.real(), prec), MpFormat.text(q.imag(), prec));
    }

    /** mpmath's conversion of an argument: ints and floats exactly, numeric strings rounded to the precision. */
    private static MpFloat input(Object v, int prec) {
        if (PyTypes.isFloat(v)) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return MpFloat.NAN;
            } else if (Double.isInfinite(d)) {
                return d > 0 ? MpFloat.POS_INF : MpFloat.NEG_INF;
            }
            return MpFloat.exactOf(new BigDecimal(d));
        } else if (PyTypes.isInt(v)) {
            return MpFloat.exactOf(new BigDecimal(PyTypes.toBigInteger(v)));
        } else if (v instanceof String s) {
            try {
                return MpFloat.round(new BigDecimal(PyStrings.strip(s)), prec);
            } catch (NumberFormatException e) {
                throw new PyException("cannot create mpf from " + PyRepr.repr(s), FailureKind.INVALID_VALUE, null);
            }
        }
        throw new PyException("cannot create mpf from " + PyRepr.repr(v), FailureKind.WRONG_TYPE, null);
    }

    /** log(x) correctly rounded to prec bits; a negative x gives (log|x|, pi) as mpmath's complex log does. */
    private static MpComplex log(MpFloat x, int prec, AgmLog agm) {
        if (x.special() != null) {
            return switch (x.special()) {
                case ZERO -> MpComplex.real(MpFloat.NEG_INF);
                case POS_INF -> MpComplex.real(MpFloat.POS_INF);
                case NEG_INF -> new MpComplex(MpFloat.POS_INF, pi(prec, agm));
                default -> MpComplex.real(MpFloat.NAN);
            };
        }
        MpFloat ln = lnAbs(x.exact().abs(), prec, agm);
        return x.signum() > 0 ? MpComplex.real(ln) : new MpComplex(ln, pi(prec, agm));
    }

    private static MpFloat lnAbs(BigDecimal a, int prec, AgmLog agm) {
        if (a.compareTo(BigDecimal.ONE) == 0) {
            return MpFloat.ZERO;
        }
        for (int guard = 20; ; guard *= 2) {
            MathContext mc = MpFloat.digitsFor(prec, guard);
            BigDecimal ln = mc.getPrecision() > AGM_DIGITS ? agm.ln(a, mc) : BigDecimalMath.log(a, mc);
            MpFloat r = Ziv.roundIfSafe(ln, mc.getPrecision(), prec);
            if (r != null) {
                return r;
            }
        }
    }

    private static MpFloat pi(int prec, AgmLog agm) {
        for (int guard = 20; ; guard *= 2) {
            MathContext mc = MpFloat.digitsFor(prec, guard);
            BigDecimal pi = mc.getPrecision() > AGM_DIGITS ? agm.pi(mc) : BigDecimalMath.pi(mc);
            MpFloat r = Ziv.roundIfSafe(pi, mc.getPrecision(), prec);
            if (r != null) {
                return r;
            }
        }
    }
}
