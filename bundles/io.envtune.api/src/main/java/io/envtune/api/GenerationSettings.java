package io.envtune.api;

import java.util.List;

/**
 * What a {@link TaskGenerator} makes: how many tasks, from which seed, in which splits, and how hard.
 *
 * @param count the number of tasks, at least 1
 * @param seed the seed; the same settings give the same tasks
 * @param splits the splits to make, round-robin: any of {@code base}, {@code miss_func}, {@code miss_param}
 * @param minTurns the fewest user turns of a task, 1 to 4
 * @param maxTurns the most user turns of a task, {@code minTurns} to 4
 * @param maxCallsPerTurn the most ground-truth calls in one turn, 1 to 4
 * @param extraClasses how many other environments join {@code involved_classes} as distractors (their tools are
 *                     offered but never needed), 0 to 2
 */
public record GenerationSettings(int count, long seed, List<String> splits, int minTurns, int maxTurns,
                                 int maxCallsPerTurn, int extraClasses) {

    /** The splits a generator can make. */
    public static final List<String> SPLITS = List.of("base", "miss_func", "miss_param");

    /**
     * Checks the ranges and copies the list.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public GenerationSettings {
        splits = List.copyOf(splits);
        check(count >= 1, "count must be >= 1, was " + count);
        check(!splits.isEmpty() && SPLITS.containsAll(splits), "splits must be a non-empty subset of " + SPLITS
            + ", was " + splits);
        check(minTurns >= 1 && minTurns <= 4, "minTurns must be 1 to 4, was " + minTurns);
        check(maxTurns >= minTurns && maxTurns <= 4, "maxTurns must be minTurns to 4, was " + maxTurns);
        check(maxCallsPerTurn >= 1 && maxCallsPerTurn <= 4, "maxCallsPerTurn must be 1 to 4, was "
            + maxCallsPerTurn);
        check(extraClasses >= 0 && extraClasses <= 2, "extraClasses must be 0 to 2, was " + extraClasses);
    }

    /**
     * The default difficulty: all three splits, 1 to 4 turns, up to 2 calls per turn, no distractor classes.
     *
     * @param count the number of tasks
     * @param seed the seed
     * @return the settings
     */
    public static GenerationSettings of(int count, long seed) {
        return new GenerationSettings(count, seed, SPLITS, 1, 4, 2, 0);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
