package io.envtune.toolkit;

/**
 * A bit-exact port of CPython's {@code random.Random} (MT19937, {@code init_by_array} seeding of {@code abs(seed)}).
 * One instance per domain state; not thread-safe, like the state it belongs to.
 */
public final class PyRandom {

    /**
     * @param seed the integer seed, as {@code random.Random(seed)}
     */
    public PyRandom(long seed) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param k the number of bits, 1 or more
     * @return {@code getrandbits(k)} as Long or BigInteger (Python int)
     */
    public Object getrandbits(int k) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param a the lower bound, inclusive
     * @param b the upper bound, inclusive
     * @return {@code randint(a, b)}
     */
    public long randint(long a, long b) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /** @return {@code random()} in [0, 1) with 53 random bits */
    public double random() {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param a one end
     * @param b the other end
     * @return {@code uniform(a, b) = a + (b - a) * random()}
     */
    public double uniform(double a, double b) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
