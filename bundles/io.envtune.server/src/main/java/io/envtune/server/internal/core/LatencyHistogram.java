package io.envtune.server.internal.core;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free latency histogram in microseconds with about 3% relative precision: exact below 64 µs, then 32
 * buckets per power of two. Recording is one atomic increment, so request threads never contend on a lock.
 */
public final class LatencyHistogram {

    private static final int EXACT = 64;
    private static final int SUB = 32;
    private static final int OCTAVES = 40;

    private final AtomicLongArray counts = new AtomicLongArray(EXACT + OCTAVES * SUB);

    /** @param micros a latency in microseconds (negative counts as 0) */
    public void record(long micros) {
        counts.incrementAndGet(index(Math.max(0, micros)));
    }

    private static int index(long v) {
        if (v < EXACT) {
            return (int) v;
        }
        int exp = 63 - Long.numberOfLeadingZeros(v);
        int octave = Math.min(exp - 6, OCTAVES - 1);
        int sub = (int) ((v >>> (exp - 5)) & (SUB - 1));
        return EXACT + octave * SUB + sub;
    }

    private static long lowerBound(int index) {
        if (index < EXACT) {
            return index;
        }
        int octave = (index - EXACT) / SUB;
        int sub = (index - EXACT) % SUB;
        int exp = octave + 6;
        return (1L << exp) + ((long) sub << (exp - 5));
    }

    /**
     * A snapshot's percentiles.
     *
     * @param count recorded values
     * @param p50 median, µs
     * @param p90 90th percentile, µs
     * @param p99 99th percentile, µs
     * @param max the largest bucket reached, µs
     */
    public record Summary(long count, long p50, long p90, long p99, long max) {
    }

    /** @return percentiles over everything recorded (bucket lower bounds) */
    public Summary summary() {
        long[] c = new long[counts.length()];
        long total = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = counts.get(i);
            total += c[i];
        }
        return new Summary(total, percentile(c, total, 0.50), percentile(c, total, 0.90),
            percentile(c, total, 0.99), percentile(c, total, 1.0));
    }

    private static long percentile(long[] c, long total, double q) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < c.length; i++) {
            seen += c[i];
            if (seen >= rank) {
                return lowerBound(i);
            }
        }
        return lowerBound(c.length - 1);
    }
}
