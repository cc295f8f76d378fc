package io.envtune.toolkit.internal.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The natural logarithm and pi at high precision through the arithmetic-geometric mean: for {@code s} near
 * {@code 2^(p/2)}, {@code ln s = pi / (2 AGM(1, 4/s))} to p bits, {@code ln a = ln(a 2^m) - m ln 2}, and pi comes from
 * Brent and Salamin's iteration. It takes O(log p) square roots where a series takes O(p) multiplications, and it works
 * in binary fixed point (a BigInteger over 2^p), where rounding is a shift rather than a division by a power of ten.
 * 10,000 digits cost a fraction of a second instead of a minute and a half, so a model asking MathAPI for
 * {@code precision=10000} no longer stalls a rollout. Results carry a few units of error in the last of the requested
 * digits, as {@link Ziv#roundIfSafe} expects. One instance serves one mpmath call (the logs of the value and of the
 * base share pi and ln 2); not thread-safe.
 */
final class AgmLog {

    /** Extra decimal digits beyond the request, for the rounding errors of the iterations. */
    private static final int GUARD = 12;
    private static final double BITS_PER_DIGIT = 3.3219280948873626;

    /** The precision pi and ln 2 were last computed at (0: not yet); one instance serves one mpmath call. */
    private int constantsBits;
    private BigInteger pi;
    private BigInteger ln2;

    /**
     * @param a a positive value
     * @param mc the precision wanted
     * @return ln(a) to about {@code mc.getPrecision()} significant digits
     */
    BigDecimal ln(BigDecimal a, MathContext mc) {
        int bits = (int) Math.ceil((mc.getPrecision() + GUARD + cancellationDigits(a)) * BITS_PER_DIGIT);
        int p = fractionBits(bits);
        long half = bits / 2 + 16;
        long m = half - MpFloat.floorLog2(a);
        constants(bits);
        int drop = fractionBits(constantsBits) - p;
        BigInteger ln = lnLarge(quarterInverse(a, m, p), pi.shiftRight(drop), p);
        ln = ln.subtract(ln2.shiftRight(drop).multiply(BigInteger.valueOf(m)));
        return new BigDecimal(ln).divide(new BigDecimal(BigInteger.ONE.shiftLeft(p)), mc);
    }

    /**
     * @param mc the precision wanted
     * @return pi to about {@code mc.getPrecision()} significant digits
     */
    BigDecimal pi(MathContext mc) {
        int bits = (int) Math.ceil((mc.getPrecision() + GUARD) * BITS_PER_DIGIT);
        constants(bits);
        int p = fractionBits(constantsBits);
        return new BigDecimal(pi).divide(new BigDecimal(BigInteger.ONE.shiftLeft(p)), mc);
    }

    /**
     * The fraction bits for a result of {@code bits} bits: 4/s is about 2^-(bits/2), so the fixed point needs half as
     * many bits again to hold it to full relative precision.
     */
    private static int fractionBits(int bits) {
        return bits + bits / 2 + 16 + 64;
    }

    /** Makes pi and ln 2 available to at least {@code bits} bits; the log of the value and of the base share them. */
    private void constants(int bits) {
        if (bits <= constantsBits) {
            return;
        }
        int p = fractionBits(bits);
        long half = bits / 2 + 16;
        pi = piFixed(p);
        ln2 = lnLarge(BigInteger.ONE.shiftLeft((int) (p + 2 - half)), pi, p).divide(BigInteger.valueOf(half));
        constantsBits = bits;
    }

    /** 4 / (a 2^m) in fixed point, exactly truncated: a = u 10^-scale. */
    private static BigInteger quarterInverse(BigDecimal a, long m, int p) {
        BigInteger num = BigInteger.valueOf(4);
        BigInteger den = a.unscaledValue();
        if (a.scale() > 0) {
            num = num.multiply(BigInteger.TEN.pow(a.scale()));
        } else {
            den = den.multiply(BigInteger.TEN.pow(-a.scale()));
        }
        long shift = p - m;
        return shift >= 0 ? num.shiftLeft((int) shift).divide(den) : num.divide(den.shiftLeft((int) -shift));
    }

    /** ln s = pi / (2 AGM(1, 4/s)), from q = 4/s, in fixed point. */
    private static BigInteger lnLarge(BigInteger q, BigInteger pi, int p) {
        BigInteger agm = agm(BigInteger.ONE.shiftLeft(p), q, p);
        return pi.shiftLeft(p).divide(agm.shiftLeft(1));
    }

    /** The AGM, stopped once a and b agree to half the bits: their mean is then right to all of them. */
    private static BigInteger agm(BigInteger x, BigInteger y, int p) {
        BigInteger a = x;
        BigInteger b = y;
        for (int i = 0; i < 10_000 && a.subtract(b).abs().compareTo(a.shiftRight(p / 2 + 8)) > 0; i++) {
            BigInteger next = a.add(b).shiftRight(1);
            b = isqrt(a.multiply(b));
            a = next;
        }
        return a.add(b).shiftRight(1);
    }

    /** pi by Brent and Salamin's iteration, which doubles the correct bits each round; in fixed point. */
    private static BigInteger piFixed(int p) {
        BigInteger a = BigInteger.ONE.shiftLeft(p);
        BigInteger b = isqrt(BigInteger.ONE.shiftLeft(2 * p - 1));
        BigInteger t = BigInteger.ONE.shiftLeft(p - 2);
        int k = 0;
        boolean last = false;
        for (int i = 0; i < 10_000; i++) {
            BigInteger next = a.add(b).shiftRight(1);
            BigInteger d = a.subtract(next);
            b = isqrt(a.multiply(b));
            t = t.subtract(d.multiply(d).shiftRight(p - k));
            a = next;
            k++;
            if (last) {
                break;
            }
            last = a.subtract(b).abs().compareTo(BigInteger.ONE.shiftLeft(p / 2 + 8)) <= 0;
        }
        BigInteger sum = a.add(b);
        return sum.multiply(sum).divide(t.shiftLeft(2));
    }

    /**
     * A square root within a few units: the root of the top half of the bits, then one Newton step, which doubles the
     * correct bits (the JDK's BigInteger.sqrt is some thirty times slower at 30,000 bits).
     */
    static BigInteger isqrt(BigInteger n) {
        int len = n.bitLength();
        if (len <= 120) {
            return n.sqrt();
        }
        int shift = (len / 2) & ~1;
        BigInteger r = isqrt(n.shiftRight(shift)).shiftLeft(shift / 2).add(BigInteger.ONE);
        return r.add(n.divide(r)).shiftRight(1);
    }

    /**
     * Digits lost when {@code ln(a 2^m)} and {@code m ln 2} cancel: about log10(p / |ln a|); close to 1, |ln a| is
     * about |a - 1|.
     */
    private static int cancellationDigits(BigDecimal a) {
        BigDecimal d = a.subtract(BigDecimal.ONE).abs();
        int magnitude = d.precision() - d.scale();
        double lnA = magnitude < -3 ? Math.pow(10, magnitude - 1) : Math.abs(roughLn(a));
        return (int) Math.ceil(Math.log10(1 + 1e6 / Math.max(lnA, 1e-300)));
    }

    private static double roughLn(BigDecimal a) {
        int shift = Math.max(0, a.unscaledValue().bitLength() - 60);
        double top = a.unscaledValue().shiftRight(shift).doubleValue();
        return Math.log(top) + shift * Math.log(2) - a.scale() * Math.log(10);
    }
}
