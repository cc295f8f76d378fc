package io.envtune.toolkit;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;
import java.util.List;

/**
 * A bit-exact port of CPython's {@code random.Random} (MT19937, {@code init_by_array} seeding of {@code abs(seed)}).
 * One instance per domain state; not thread-safe, like the state it belongs to. Every draw advances the stream
 * exactly as CPython's does, including the redraws of {@code randbelow}.
 */
public final class PyRandom {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int mti;

    /**
     * @param seed the integer seed, as {@code random.Random(seed)}
     */
    public PyRandom(long seed) {
        long a = Math.abs(seed);
        int[] key = a == Long.MIN_VALUE ? new int[] {0, 0x80000000} // abs(Long.MIN_VALUE) is 2^63
                : (a >>> 32) == 0 ? new int[] {(int) a} : new int[] {(int) a, (int) (a >>> 32)};
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** @return the next 32 random bits (MT19937 {@code genrand_uint32}), as an unsigned value in an int */
    private int next32() {
        if (mti >= N) {
            twist();
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    private void twist() {
        for (int kk = 0; kk < N; kk++) {
            int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
            mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        mti = 0;
    }

    /**
     * @param k the number of bits, 0 or more
     * @return {@code getrandbits(k)} as Long or BigInteger (Python int)
     */
    public Object getrandbits(int k) {
        if (k < 0) {
            throw new PyException("number of bits must be non-negative", FailureKind.INVALID_VALUE, null);
        } else if (k <= 32) {
            return k == 0 ? 0L : (next32() & 0xffffffffL) >>> (32 - k);
        }
        BigInteger r = BigInteger.ZERO;
        for (int shift = 0; k > 0; shift += 32, k -= 32) {
            long word = next32() & 0xffffffffL;
            if (k < 32) {
                word >>>= 32 - k;
            }
            r = r.or(BigInteger.valueOf(word).shiftLeft(shift));
        }
        return PyTypes.normalize(r);
    }

    /**
     * @param n the exclusive upper bound, 1 or more
     * @return {@code _randbelow(n)}: {@code getrandbits(bit_length(n))} redrawn until below n
     */
    public long randbelow(long n) {
        if (n <= 0) {
            throw new PyException("empty range for randrange()", FailureKind.INVALID_VALUE, null);
        }
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bits(k);
        while (r >= n) {
            r = bits(k);
        }
        return r;
    }

    private long bits(int k) {
        return ((Number) getrandbits(k)).longValue();
    }

    /**
     * @param a the lower bound, inclusive
     * @param b the upper bound, inclusive
     * @return {@code randint(a, b)}
     * @throws PyException {@code empty range for randrange() (a, b+1, width)} when b &lt; a, like CPython
     */
    public long randint(long a, long b) {
        long width = b - a + 1;
        if (b < a) {
            throw new PyException("empty range for randrange() (" + a + ", " + (b + 1) + ", " + width + ")",
                    FailureKind.INVALID_VALUE, null);
        }
        return a + randbelow(width);
    }

    /** @return {@code random()} in [0, 1) with 53 random bits */
    public double random() {
        long a = (next32() & 0xffffffffL) >>> 5;
        long b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * @param a one end
     * @param b the other end
     * @return {@code uniform(a, b) = a + (b - a) * random()}
     */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /**
     * @param items a non-empty sequence
     * @param <T> the element type
     * @return {@code choice(items) = items[randbelow(len(items))]}
     * @throws PyException {@code Cannot choose from an empty sequence} for an empty list, like CPython
     */
    public <T> T choice(List<T> items) {
        if (items.isEmpty()) {
            throw new PyException("Cannot choose from an empty sequence", FailureKind.INVALID_VALUE, null);
        }
        return items.get((int) randbelow(items.size()));
    }
}
