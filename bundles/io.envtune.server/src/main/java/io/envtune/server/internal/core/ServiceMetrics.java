package io.envtune.server.internal.core;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * The service's counters: episodes opened, closed, expired and refused, steps with a rate over the last ten
 * seconds, step and request latency histograms, and responses by status class. Lock-free and thread-safe.
 */
public final class ServiceMetrics {

    private static final int WINDOW_SECONDS = 10;
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier nanoClock;
    private final long startNanos;
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLongArray stepSlots = new AtomicLongArray(WINDOW_SECONDS + 1);
    private final AtomicLongArray slotSecond = new AtomicLongArray(WINDOW_SECONDS + 1);
    private final AtomicLongArray byStatusClass = new AtomicLongArray(6);
    private final LatencyHistogram stepLatency = new LatencyHistogram();
    private final LatencyHistogram requestLatency = new LatencyHistogram();

    ServiceMetrics(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    void opened() {
        opened.incrementAndGet();
    }

    void closed() {
        closed.incrementAndGet();
    }

    void expired() {
        expired.incrementAndGet();
    }

    void rejected() {
        rejected.incrementAndGet();
    }

    void stepped() {
        steps.incrementAndGet();
        long second = (nanoClock.getAsLong() - startNanos) / SECOND;
        int slot = (int) (second % stepSlots.length());
        long tag = slotSecond.get(slot);
        if (tag != second && slotSecond.compareAndSet(slot, tag, second)) {
            stepSlots.set(slot, 0);
        }
        stepSlots.incrementAndGet(slot);
    }

    /**
     * Records one handled HTTP request.
     *
     * @param status the response status
     * @param micros how long it took
     * @param isStep whether it was a step request
     */
    public void request(int status, long micros, boolean isStep) {
        byStatusClass.incrementAndGet(Math.min(5, Math.max(0, status / 100)));
        requestLatency.record(micros);
        if (isStep) {
            stepLatency.record(micros);
        }
    }

    /**
     * A point-in-time view.
     *
     * @param uptimeSeconds seconds since start
     * @param opened episodes opened
     * @param closed episodes closed by clients
     * @param expired episodes closed for idling
     * @param rejected opens refused at the limit
     * @param steps steps answered
     * @param stepsPerSecond steps per second over the last ten complete seconds
     * @param stepLatency step request latency, µs
     * @param requestLatency all requests' latency, µs
     * @param responses2xx successful responses
     * @param responses4xx client errors
     * @param responses5xx server errors
     */
    public record Snapshot(double uptimeSeconds, long opened, long closed, long expired, long rejected, long steps,
                           double stepsPerSecond, LatencyHistogram.Summary stepLatency,
                           LatencyHistogram.Summary requestLatency, long responses2xx, long responses4xx,
                           long responses5xx) {
    }

    /** @return the counters now */
    public Snapshot snapshot() {
        long now = nanoClock.getAsLong() - startNanos;
        long current = now / SECOND;
        long recent = 0;
        for (int i = 0; i < stepSlots.length(); i++) {
            long tag = slotSecond.get(i);
            if (tag < current && tag >= current - WINDOW_SECONDS) {
                recent += stepSlots.get(i);
            }
        }
        double window = Math.max(1, Math.min(WINDOW_SECONDS, current));
        return new Snapshot(now / 1e9, opened.get(), closed.get(), expired.get(), rejected.get(), steps.get(),
            recent / window, stepLatency.summary(), requestLatency.summary(), byStatusClass.get(2),
            byStatusClass.get(4), byStatusClass.get(5));
    }
}
