package io.envtune.bench.internal;

import java.util.List;

/**
 * How much work each measurement does.
 *
 * @param warmupMillis the least time each measurement runs untimed first: the JIT needs a few hundred thousand calls
 *                     (about a second, more on a loaded machine) before the parser and the tools reach C2 code
 * @param callSamples timed calls per representative call
 * @param warmupPasses the least number of untimed passes over the tasks (ground-truth calls, resets, turns), and of
 *                     untimed calls before each representative call
 * @param passes timed passes over the tasks
 * @param tasksPerSplit how many tasks of each split to use (at most 200 exist)
 * @param episodes oracle episodes played per concurrency level
 * @param concurrency the concurrency levels of the oracle throughput runs
 * @param ceiling the numbers of concurrently open episode sessions to try
 */
public record Effort(long warmupMillis, int callSamples, int warmupPasses, int passes, int tasksPerSplit, int episodes,
                     List<Integer> concurrency, List<Integer> ceiling) {

    /** The settings of a real run: a few seconds per table, except the 10,000-session ceiling. */
    public static final Effort FULL = new Effort(1500, 50_000, 2, 5, 200, 1024, List.of(1, 2, 512),
        List.of(1000, 5000, 10_000));

    /** Tiny settings that only prove every measurement still runs (the smoke test). */
    public static final Effort QUICK = new Effort(0, 100, 1, 1, 3, 8, List.of(1, 2, 8), List.of(20, 50));

    /** Copies the lists. */
    public Effort {
        concurrency = List.copyOf(concurrency);
        ceiling = List.copyOf(ceiling);
    }

    /**
     * @param levels new concurrency levels
     * @return a copy with them
     */
    public Effort withConcurrency(List<Integer> levels) {
        return new Effort(warmupMillis, callSamples, warmupPasses, passes, tasksPerSplit, episodes, levels, ceiling);
    }

    /**
     * @param sizes new ceiling sizes
     * @return a copy with them
     */
    public Effort withCeiling(List<Integer> sizes) {
        return new Effort(warmupMillis, callSamples, warmupPasses, passes, tasksPerSplit, episodes, concurrency, sizes);
    }

    /**
     * Repeats an untimed round at least {@link #warmupPasses()} times and for at least {@link #warmupMillis()}.
     *
     * @param round one round of the work about to be measured
     */
    public void warmUp(Runnable round) {
        long end = System.nanoTime() + warmupMillis * 1_000_000;
        for (int i = 0; i < warmupPasses || System.nanoTime() < end; i++) {
            round.run();
        }
    }
}
