package io.envtune.toolkit.generate;

import java.util.SplittableRandom;

/**
 * What a domain needs to draft one task.
 *
 * @param random the task's random numbers (the same object {@code wording} draws from)
 * @param wording the task's wording
 * @param turns how many turns to draft (before a miss split adds its extra turn)
 * @param maxCallsPerTurn the most ground-truth calls one turn may hold
 * @param split the split the task will become, so a domain can make sure the draft supports it
 */
public record DraftContext(SplittableRandom random, Wording wording, int turns, int maxCallsPerTurn, String split) {

    /** @return a number of calls for one turn, uniformly 1 to {@link #maxCallsPerTurn()} */
    public int callBudget() {
        return 1 + random.nextInt(maxCallsPerTurn);
    }

    /**
     * @param bound the exclusive upper bound, at least 1
     * @return a uniform int in {@code [0, bound)}
     */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * @param percent the chance in percent
     * @return true with that chance
     */
    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
