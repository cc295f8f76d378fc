package io.envtune.bench.internal;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Per-operation timings in nanoseconds and their order statistics. Each sample is one operation timed on its own
 * with {@link System#nanoTime()} (about 20 ns of overhead, small beside the microseconds measured); the bytes it
 * allocates are counted too, outside the timed span. Allocation is a figure that the shared machine's load does not
 * disturb. Not thread-safe.
 */
public final class Samples {

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long[] nanos = new long[1024];
    private int size;
    private long allocated;
    private int allocations;

    /**
     * Runs one operation, timing it and counting the bytes it allocates.
     *
     * @param <T> the result type
     * @param operation the operation
     * @return its result
     */
    public <T> T time(Supplier<T> operation) {
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        T result = operation.get();
        long t1 = System.nanoTime();
        allocated += THREADS.getCurrentThreadAllocatedBytes() - a0;
        allocations++;
        add(t1 - t0);
        return result;
    }

    /** @return the mean bytes allocated per operation timed with {@link #time}, or -1 when none was */
    public long bytesPerOperation() {
        return allocations == 0 ? -1 : allocated / allocations;
    }

    /** @param value one operation's time in nanoseconds */
    public void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    /** @param other samples to append (left unchanged) */
    public void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
        allocated += other.allocated;
        allocations += other.allocations;
    }

    /** @return how many samples were taken */
    public int count() {
        return size;
    }

    /** @return the median in microseconds; NaN when empty */
    public double medianMicros() {
        return quantileMicros(0.5);
    }

    /** @return the 90th percentile in microseconds; NaN when empty */
    public double p90Micros() {
        return quantileMicros(0.9);
    }

    /**
     * @param q a quantile in (0, 1]
     * @return the nearest-rank quantile in microseconds; NaN when empty
     */
    public double quantileMicros(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
