package io.envtune.bench.internal;

/**
 * One line of the timing table.
 *
 * @param measurement what was timed
 * @param samples the per-operation timings
 * @param referenceMicros the Python reference median for the same operation, or NaN when there is none
 */
public record Row(String measurement, Samples samples, double referenceMicros) {

    /** The reference environment's median per tool call, in microseconds. */
    public static final double PY_CALL = 44;
    /** The reference environment's median per reset (creating an episode's instances), in microseconds. */
    public static final double PY_RESET = 64;
    /** The reference environment's median per turn replay plus state check, in microseconds. */
    public static final double PY_TURN = 150;

    /** @return how many times faster than the reference the median is; NaN without a reference */
    public double speedup() {
        return referenceMicros / samples.medianMicros();
    }
}
