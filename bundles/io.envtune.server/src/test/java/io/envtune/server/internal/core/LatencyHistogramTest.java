package io.envtune.server.internal.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class LatencyHistogramTest {

    @Test
    public void percentilesAreWithinThreePercent() {
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            h.record(v);
        }
        LatencyHistogram.Summary s = h.summary();
        assertEquals(100_000, s.count());
        assertTrue(s.p50() + "", Math.abs(s.p50() - 50_000) <= 1_500);
        assertTrue(s.p99() + "", Math.abs(s.p99() - 99_000) <= 3_000);
        assertTrue(s.max() + "", Math.abs(s.max() - 100_000) <= 3_000);
    }

    @Test
    public void smallValuesAreExactAndEmptyIsZero() {
        LatencyHistogram h = new LatencyHistogram();
        assertEquals(0, h.summary().p50());
        h.record(7);
        h.record(-3);
        assertEquals(0, h.summary().p50());
        assertEquals(7, h.summary().max());
    }
}
