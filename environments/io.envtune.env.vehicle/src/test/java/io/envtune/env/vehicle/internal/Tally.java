package io.envtune.env.vehicle.internal;

import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

/** Counts byte-for-byte comparisons against fixtures and reports the first mismatches with their context. */
final class Tally {

    private static final int SHOWN = 5;
    private static final int CLIP = 600;

    private final String what;
    private int matched;
    private int mismatched;
    private final List<String> samples = new ArrayList<>();

    Tally(String what) {
        this.what = what;
    }

    void check(String where, String call, String expected, String actual) {
        if (expected.equals(actual)) {
            matched++;
            return;
        }
        mismatched++;
        if (samples.size() < SHOWN) {
            samples.add(where + "\n  call:     " + call + "\n  expected: " + clip(expected) + "\n  actual:   "
                    + clip(actual));
        }
    }

    int matched() {
        return matched;
    }

    void assertAllMatched() {
        System.out.println(what + ": " + matched + " matched, " + mismatched + " mismatched");
        if (matched == 0 && mismatched == 0) {
            fail(what + ": nothing was compared");
        }
        if (mismatched > 0) {
            fail(what + ": " + mismatched + " of " + (matched + mismatched) + " comparisons differ; first:\n"
                    + String.join("\n", samples));
        }
    }

    private static String clip(String s) {
        return s.length() <= CLIP ? s : s.substring(0, CLIP) + "... (" + s.length() + " chars)";
    }
}
