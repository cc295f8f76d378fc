package io.envtune.toolkit.internal.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A binary floating-point value as mpmath holds it: {@code man * 2^exp}, or one of its special values. Rounding to a
 * number of bits is round-half-even (mpmath's {@code round_nearest}) unless stated otherwise.
 *
 * @param man the signed mantissa (zero for special values)
 * @param exp the binary exponent
 * @param special the special value, or null for a finite non-zero number
 */
record MpFloat(BigInteger man, long exp, Special special) {

    /** mpmath's special values. */
    enum Special {
        /** Zero (mpmath has no negative zero). */
        ZERO,
        /** +inf */
        POS_INF,
        /** -inf */
        NEG_INF,
        /** nan */
        NAN
    }

    static final MpFloat ZERO = new MpFloat(BigInteger.ZERO, 0, Special.ZERO);
    static final MpFloat POS_INF = new MpFloat(BigInteger.ZERO, 0, Special.POS_INF);
    static final MpFloat NEG_INF = new MpFloat(BigInteger.ZERO, 0, Special.NEG_INF);
    static final MpFloat NAN = new MpFloat(BigInteger.ZERO, 0, Special.NAN);

    boolean isZero() {
        return special == Special.ZERO;
    }

    boolean isFinite() {
        return special == null || special == Special.ZERO;
    }

    int signum() {
        if (special == null) {
            return man.signum();
        }
        return special == Special.POS_INF ? 1 : special == Special.NEG_INF ? -1 : 0;
    }

    /** @return the exact value (finite values only) */
    BigDecimal exact() {
        if (special != null) {
            return BigDecimal.ZERO;
        }
        if (exp >= 0) {
            return new BigDecimal(man.shiftLeft((int) exp));
        }
        return new BigDecimal(man.multiply(BigInteger.valueOf(5).pow((int) -exp)), (int) -exp);
    }

    /** @return an exact value as an MpFloat (no rounding) */
    static MpFloat exactOf(BigDecimal x) {
        if (x.signum() == 0) {
            return ZERO;
        }
        BigDecimal s = x.stripTrailingZeros();
        if (s.scale() <= 0) {
            return new MpFloat(s.toBigIntegerExact(), 0, null);
        }
        // A finite binary fraction: unscaled / 10^scale = unscaled / 5^scale / 2^scale must divide exactly.
        BigInteger[] qr = s.unscaledValue().divideAndRemainder(BigInteger.valueOf(5).pow(s.scale()));
        if (qr[1].signum() != 0) {
            throw new ArithmeticException("not a binary fraction: " + x);
        }
        return new MpFloat(qr[0], -s.scale(), null);
    }

    /** Rounds an exact decimal value to {@code prec} bits, half-even. */
    static MpFloat round(BigDecimal x, int prec) {
        if (x.signum() == 0) {
            return ZERO;
        }
        BigDecimal a = x.abs();
        long e = floorLog2(a) - (prec - 1);
        BigDecimal scaled = scaleByPowerOfTwo(a, -e);
        BigInteger m = scaled.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        return normalized(x.signum() < 0 ? m.negate() : m, e, prec);
    }

    /** Rounds an integer mantissa to {@code prec} bits, half-even, with a sticky bit for a discarded remainder. */
    static MpFloat round(BigInteger m, long e, boolean sticky, int prec) {
        int sign = m.signum();
        BigInteger a = m.abs();
        int drop = a.bitLength() - prec;
        if (drop > 0) {
            BigInteger kept = a.shiftRight(drop);
            BigInteger rest = a.subtract(kept.shiftLeft(drop));
            int cmp = rest.compareTo(BigInteger.ONE.shiftLeft(drop - 1));
            boolean up = cmp > 0 || (cmp == 0 && (sticky || kept.testBit(0)));
            a = up ? kept.add(BigInteger.ONE) : kept;
            e += drop;
        }
        return normalized(sign < 0 ? a.negate() : a, e, prec);
    }

    private static MpFloat normalized(BigInteger m, long e, int prec) {
        if (m.signum() == 0) {
            return ZERO;
        }
        int zeros = m.getLowestSetBit();
        return new MpFloat(m.shiftRight(zeros), e + zeros, null);
    }

    /** floor(log2(a)) for a positive decimal, exactly. */
    static long floorLog2(BigDecimal a) {
        long guess = a.unscaledValue().bitLength() - 1 - (long) Math.floor(a.scale() * 3.321928094887362);
        while (scaleByPowerOfTwo(a, -guess).compareTo(BigDecimal.ONE) < 0) {
            guess--;
        }
        while (scaleByPowerOfTwo(a, -(guess + 1)).compareTo(BigDecimal.ONE) >= 0) {
            guess++;
        }
        return guess;
    }

    /** a * 2^k, exactly. */
    static BigDecimal scaleByPowerOfTwo(BigDecimal a, long k) {
        if (k >= 0) {
            return a.multiply(new BigDecimal(BigInteger.ONE.shiftLeft((int) k)));
        }
        return a.multiply(new BigDecimal(BigInteger.valueOf(5).pow((int) -k))).movePointLeft((int) -k);
    }

    /** The quotient of two finite non-zero values, correctly rounded to {@code prec} bits. */
    static MpFloat divide(MpFloat s, MpFloat t, int prec) {
        BigInteger a = s.man.abs();
        BigInteger b = t.man.abs();
        int extra = Math.max(0, prec + 3 + b.bitLength() - a.bitLength());
        BigInteger[] qr = a.shiftLeft(extra).divideAndRemainder(b);
        BigInteger q = s.man.signum() * t.man.signum() < 0 ? qr[0].negate() : qr[0];
        return round(q, s.exp - t.exp - extra, qr[1].signum() != 0, prec);
    }

    /** Sum rounded toward zero to {@code prec} bits (mpmath's default {@code round_fast} for internal sums). */
    static MpFloat addTruncated(MpFloat x, MpFloat y, int prec) {
        if (!x.isFinite() || !y.isFinite()) {
            return addSpecial(x, y);
        } else if (x.isZero()) {
            return truncate(y, prec);
        } else if (y.isZero()) {
            return truncate(x, prec);
        }
        long e = Math.min(x.exp, y.exp);
        BigInteger sum = x.man.shiftLeft((int) (x.exp - e)).add(y.man.shiftLeft((int) (y.exp - e)));
        return truncate(sum.signum() == 0 ? ZERO : new MpFloat(sum, e, null), prec);
    }

    private static MpFloat truncate(MpFloat x, int prec) {
        if (x.special != null) {
            return x;
        }
        int drop = x.man.abs().bitLength() - prec;
        if (drop <= 0) {
            return x;
        }
        BigInteger a = x.man.abs().shiftRight(drop);
        return normalized(x.man.signum() < 0 ? a.negate() : a, x.exp + drop, prec);
    }

    private static MpFloat addSpecial(MpFloat x, MpFloat y) {
        if (x.special == Special.NAN || y.special == Special.NAN) {
            return NAN;
        } else if (x.isFinite()) {
            return y;
        } else if (y.isFinite() || x.special == y.special) {
            return x;
        }
        return NAN;
    }

    static MpFloat multiply(MpFloat x, MpFloat y) {
        if (x.special == Special.NAN || y.special == Special.NAN) {
            return NAN;
        } else if (!x.isFinite() || !y.isFinite()) {
            int sign = x.signum() * y.signum();
            return sign == 0 ? NAN : sign > 0 ? POS_INF : NEG_INF;
        } else if (x.isZero() || y.isZero()) {
            return ZERO;
        }
        return new MpFloat(x.man.multiply(y.man), x.exp + y.exp, null);
    }

    MpFloat negate() {
        if (special == Special.POS_INF) {
            return NEG_INF;
        } else if (special == Special.NEG_INF) {
            return POS_INF;
        }
        return special == null ? new MpFloat(man.negate(), exp, null) : this;
    }

    /** Decimal digits for a working precision of {@code prec} bits plus guard digits. */
    static MathContext digitsFor(int prec, int guard) {
        return new MathContext((int) Math.ceil(prec * 0.30103) + guard, RoundingMode.HALF_EVEN);
    }
}
