package io.envtune.testkit;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link FixtureReplay} run compared: how many fixture cases (probe lines, golden entries or model
 * trajectories) it replayed, how many result strings and states matched the reference, and the first mismatches.
 * Immutable.
 *
 * @param what names the run, e.g. {@code TwitterAPI golden}
 * @param cases how many probe lines, golden entries or trajectories were replayed
 * @param results the comparisons of tool result strings
 * @param states the comparisons of canonical states (or their SHA-256, for model replays)
 * @param firstMismatches the first few mismatches, each with where it happened, expected and actual text
 */
public record ReplayReport(String what, int cases, Count results, Count states, List<String> firstMismatches) {

    /**
     * Matched and mismatched comparisons of one kind.
     *
     * @param matched how many were equal byte for byte
     * @param mismatched how many differed
     */
    public record Count(int matched, int mismatched) {

        /** @return how many comparisons were made */
        public int compared() {
            return matched + mismatched;
        }

        @Override
        public String toString() {
            return matched + " matched, " + mismatched + " mismatched";
        }
    }

    /** Copies the mismatch list. */
    public ReplayReport {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(states, "states");
        firstMismatches = List.copyOf(firstMismatches);
    }

    /** @return all mismatched comparisons, results and states */
    public int mismatched() {
        return results.mismatched() + states.mismatched();
    }

    /** @return the counts on one line, e.g. {@code X golden: 156 cases; results 260 matched, 0 mismatched; ...} */
    @Override
    public String toString() {
        return what + ": " + cases + " cases; results " + results + "; states " + states;
    }

    /** @return the counts followed by the first mismatches, for a failure message */
    public String describe() {
        return firstMismatches.isEmpty() ? toString() : toString() + "; first mismatches:\n"
                + String.join("\n", firstMismatches);
    }
}
