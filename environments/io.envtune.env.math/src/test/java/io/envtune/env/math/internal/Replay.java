package io.envtune.env.math.internal;

import java.util.ArrayList;
import java.util.List;
import org.junit.Assert;

/** Counts matching and mismatching fixture comparisons and keeps the first mismatches for the failure message. */
final class Replay {

    private final String what;
    private int matched;
    private final List<String> mismatches = new ArrayList<>();

    Replay(String what) {
        this.what = what;
    }

    /** Compares one expected string with the actual one. */
    void check(String where, String expected, String actual) {
        if (expected.equals(actual)) {
            matched++;
        } else {
            mismatches.add(where + "\n  expected: " + abbreviate(expected) + "\n  actual:   " + abbreviate(actual));
        }
    }

    /** Prints the counts and fails with the first mismatches, if any. */
    void finish() {
        System.out.println(what + ": " + matched + " matched, " + mismatches.size() + " mismatched");
        if (!mismatches.isEmpty()) {
            Assert.fail(what + ": " + mismatches.size() + " mismatches; first ones:\n"
                + String.join("\n", mismatches.subList(0, Math.min(8, mismatches.size()))));
        }
    }

    /** @return how many comparisons matched */
    int matched() {
        return matched;
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "... (" + s.length() + " chars)";
    }
}
