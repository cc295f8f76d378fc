package io.envtune.testkit;

import java.util.ArrayList;
import java.util.List;

/** Collects the comparisons of one replay run; becomes a {@link ReplayReport}. Not thread-safe. */
final class Tally {

    private static final int SHOWN = 8;
    private static final int CLIP = 600;

    private final String what;
    private final List<String> first = new ArrayList<>();
    private int cases;
    private int resultsMatched;
    private int resultsMismatched;
    private int statesMatched;
    private int statesMismatched;

    Tally(String what) {
        this.what = what;
    }

    /** Counts one more fixture case. */
    void newCase() {
        cases++;
    }

    /** Compares a tool result string. */
    void result(String where, String expected, String actual) {
        if (expected.equals(actual)) {
            resultsMatched++;
        } else {
            resultsMismatched++;
            keep(where + " (result)", expected, actual);
        }
    }

    /** Compares a canonical state or its hash. */
    void state(String where, String expected, String actual) {
        if (expected.equals(actual)) {
            statesMatched++;
        } else {
            statesMismatched++;
            keep(where + " (state)", expected, actual);
        }
    }

    ReplayReport report() {
        return new ReplayReport(what, cases, new ReplayReport.Count(resultsMatched, resultsMismatched),
                new ReplayReport.Count(statesMatched, statesMismatched), first);
    }

    private void keep(String where, String expected, String actual) {
        if (first.size() < SHOWN) {
            first.add(where + "\n  expected: " + clip(expected) + "\n  actual:   " + clip(actual)
                    + "\n  first difference at " + firstDifference(expected, actual));
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String clip(String s) {
        return s.length() <= CLIP ? s : s.substring(0, CLIP) + "... (" + s.length() + " chars)";
    }
}
