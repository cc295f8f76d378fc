package io.envtune.train;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Times the phases of one training step (wall time per phase, process CPU time overall). */
final class StepClock {

    /** The phases a step's time is split into. */
    enum Phase { ROLLOUT, SCORING, UPDATE, VALIDATION }

    private final long start = System.nanoTime();
    private final double cpuStart = cpuSeconds();
    private final Map<Phase, Double> spent = new EnumMap<>(Phase.class);
    private long last = start;

    /** Charges the time since the previous lap (or the start) to {@code phase}. */
    void lap(Phase phase) {
        long now = System.nanoTime();
        spent.merge(phase, (now - last) / 1e9, Double::sum);
        last = now;
    }

    /** @return wall seconds since the start */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** @return the split so far */
    StepTime time() {
        return new StepTime(get(Phase.ROLLOUT), get(Phase.SCORING), get(Phase.UPDATE), get(Phase.VALIDATION),
            cpuSeconds() - cpuStart);
    }

    private double get(Phase p) {
        return spent.getOrDefault(p, 0.0);
    }

    /** Process CPU time (all threads, user and system), NaN where the platform does not report it. */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).map(n -> n / 1e9)
            .orElse(Double.NaN);
    }
}
