package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;

/**
 * MathAPI's arbitrary-precision tools: {@code square_root} ({@code decimal}, result printed as {@code Decimal('..')})
 * and {@code logarithm} (mpmath, printed as {@code mpf('..')} or {@code mpc(..)}); the digits come from
 * {@link PyArith}. Precisions above {@link #MAX_PRECISION} digits are refused instead of computed (a divergence:
 * CPython would compute them, slowly), so a model cannot stall an episode.
 */
final class PrecisionTools {

    /** The largest precision computed, in decimal digits. */
    static final int MAX_PRECISION = 10_000;

    private static final BigInteger MAX_PREC = new BigInteger("999999999999999999");

    private PrecisionTools() {
    }

    static Object squareRoot(BoundArgs args) {
        Object number = args.get("number");
        Object precision = args.get("precision");
        return Guard.typeError(() -> {
            if (PyOrder.compare(number, 0L, false)) {
                return MathResults.error("Cannot calculate square root of a negative number", FailureKind.INVALID_VALUE,
                    "number");
            }
            int prec = decimalPrecision(precision);
            return MathResults.ok(sqrt(number, prec));
        }, () -> MathResults.error("Input must be a number or computation resulted in an invalid operation",
            FailureKind.WRONG_TYPE, null));
    }

    /** {@code getcontext().prec = precision}: an int in [1, MAX_PREC], else TypeError/OverflowError/ValueError. */
    private static int decimalPrecision(Object precision) {
        if (!PyValues.isInt(precision)) {
            throw PyError.typeError("an integer is required");
        }
        BigInteger p = PyValues.toBigInteger(precision);
        if (p.bitLength() > 63) {
            throw PyError.overflow("Python int too large to convert to C ssize_t");
        }
        if (p.signum() <= 0 || p.compareTo(MAX_PREC) > 0) {
            throw new PyError(PyError.Type.VALUE, "valid range for prec is [1, MAX_PREC]");
        }
        return checkedPrecision(p);
    }

    private static PyDecimal sqrt(Object number, int prec) {
        if (number instanceof Double d && Double.isNaN(d)) {
            return new PyDecimal("NaN");
        }
        if (number instanceof Double d && Double.isInfinite(d)) {
            return new PyDecimal("Infinity");
        }
        return PyArith.decimalSqrt(number instanceof Boolean b ? (Object) (b ? 1L : 0L) : number, prec);
    }

    static Object logarithm(BoundArgs args) {
        try {
            // mpmath.mp.dps = precision: int(precision), and at most 1 bit below dps -1.
            BigInteger dps = PyConvert.toInt(args.get("precision")).max(BigInteger.valueOf(-1));
            int precision = checkedPrecision(dps);
            Object value = PyConvert.toMpfInput(args.get("value"));
            Object base = PyConvert.toMpfInput(args.get("base"));
            return MathResults.ok(PyArith.mpLog(value, base, precision));
        } catch (PyError e) {
            return MathResults.error(e.getMessage(), kindOf(e), null);
        } catch (PyException e) {
            // The reference catches every exception; mpmath's ZeroDivisionError (base 1) prints as "".
            return MathResults.error(e.getMessage(), e.kind(), e.parameter() == null ? "base" : e.parameter());
        }
    }

    private static FailureKind kindOf(PyError e) {
        return e.type() == PyError.Type.TYPE ? FailureKind.WRONG_TYPE : FailureKind.INVALID_VALUE;
    }

    private static int checkedPrecision(BigInteger p) {
        if (p.compareTo(BigInteger.valueOf(MAX_PRECISION)) > 0) {
            throw new PyException("precision " + p + " is above the " + MAX_PRECISION
                + " digits this environment computes", FailureKind.INVALID_VALUE, "precision");
        }
        return p.intValue();
    }
}
