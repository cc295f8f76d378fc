package io.envtune.env.math.internal;

import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python's {@code round(number, ndigits)}: a float keeps its type (half-even on the exact binary value), an int stays
 * an int (half-even to a power of ten), {@code ndigits=None} rounds to an int; non-numbers and a non-int
 * {@code ndigits} raise {@code TypeError}.
 */
final class PyRound {

    /** CPython's NDIGITS_MAX: beyond it a float rounds to itself. */
    private static final int NDIGITS_MAX = 323;
    /** CPython's NDIGITS_MIN: below it a float rounds to a signed zero. */
    private static final int NDIGITS_MIN = -308;

    private PyRound() {
    }

    /**
     * @param number the number
     * @param ndigits an int, or null for None
     * @return {@code round(number, ndigits)}
     */
    static Object round(Object number, Object ndigits) {
        if (!PyValues.isNumber(number)) {
            throw PyError.typeError("type " + PyValues.typeName(number) + " doesn't define __round__ method");
        }
        if (ndigits == null) {
            return toInt(number);
        }
        if (!PyValues.isInt(ndigits)) {
            throw PyError.typeError("'" + PyValues.typeName(ndigits) + "' object cannot be interpreted as an integer");
        }
        BigInteger nd = PyValues.toBigInteger(ndigits);
        if (number instanceof Double d) {
            return roundFloat(d, nd);
        }
        return roundInt(PyValues.toBigInteger(number), nd);
    }

    private static Object toInt(Object number) {
        if (!(number instanceof Double d)) {
            return PyValues.normalize(PyValues.toBigInteger(number));
        }
        if (Double.isNaN(d)) {
            throw new PyError(PyError.Type.VALUE, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyError.overflow("cannot convert float infinity to integer");
        }
        return PyValues.normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
    }

    private static double roundFloat(double x, BigInteger nd) {
        if (!Double.isFinite(x) || nd.compareTo(BigInteger.valueOf(NDIGITS_MAX)) > 0) {
            return x;
        }
        if (nd.compareTo(BigInteger.valueOf(NDIGITS_MIN)) < 0) {
            return 0.0 * x;
        }
        double r = PyArith.round(x, nd.intValue());
        if (Double.isInfinite(r)) {
            throw PyError.overflow("rounded value too large to represent");
        }
        return r;
    }

    /** Half-even rounding of an int to a multiple of {@code 10^-nd}; non-negative nd leaves it unchanged. */
    private static Object roundInt(BigInteger n, BigInteger nd) {
        if (nd.signum() >= 0) {
            return PyValues.normalize(n);
        }
        BigInteger k = nd.negate();
        // 10^k above 2|n| rounds everything to 0; also keeps us from building astronomically large powers.
        if (k.compareTo(BigInteger.valueOf(n.abs().toString().length() + 1L)) > 0) {
            return 0L;
        }
        BigInteger pow10 = BigInteger.TEN.pow(k.intValueExact());
        BigInteger[] qr = n.divideAndRemainder(pow10);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow10);
        }
        int half = r.shiftLeft(1).compareTo(pow10);
        if (half > 0 || half == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return PyValues.normalize(q.multiply(pow10));
    }
}
