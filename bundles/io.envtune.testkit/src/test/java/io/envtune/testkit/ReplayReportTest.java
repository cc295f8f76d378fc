package io.envtune.testkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import org.junit.Test;

/** The replay tally counts and describes mismatches; a class the fixtures do not know replays nothing. */
public final class ReplayReportTest {

    @Test
    public void countsAndDescribesMismatches() {
        Tally tally = new Tally("X golden");
        tally.newCase();
        tally.result("e1 turn 0 call 0 f()", "None", "None");
        tally.state("e1 turn 0", "{\"a\":1}", "{\"a\":2}");
        ReplayReport report = tally.report();
        assertEquals(1, report.cases());
        assertEquals(new ReplayReport.Count(1, 0), report.results());
        assertEquals(new ReplayReport.Count(0, 1), report.states());
        assertEquals(1, report.mismatched());
        assertEquals("X golden: 1 cases; results 1 matched, 0 mismatched; states 0 matched, 1 mismatched",
                report.toString());
        assertTrue(report.describe(), report.describe().contains("e1 turn 0 (state)\n  expected: {\"a\":1}\n"
                + "  actual:   {\"a\":2}\n  first difference at 5"));
    }

    @Test
    public void callsOfOtherClassesAreSkippedUnlessTheEntryHasOneClass() {
        ToolSession session = ToolSession.of(new CounterEnvironment(), "{}", false);
        Set<String> names = ToolSession.toolNames(new CounterEnvironment());
        Episode shared = new Episode(session, names, false);
        assertTrue(shared.replays("add(by=1)"));
        assertTrue(shared.replays("  add (1)"));
        assertFalse(shared.replays("cd(folder='x')"));
        assertTrue(new Episode(session, names, true).replays("cd(folder='x')"));
    }

    @Test
    public void aSessionRunsCallsAndHashesTheState() {
        ToolSession session = ToolSession.of(new CounterEnvironment(), "{\"count\": 2}", false);
        String before = session.stateHash();
        assertEquals(64, before.length());
        session.call("add(by=3)");
        assertTrue(session.state(), session.state().contains("\"count\":5"));
        assertFalse(before.equals(session.stateHash()));
        assertEquals("Error during execution: name 'nope' is not defined", session.call("nope()"));
    }

    @Test
    public void aClassWithoutFixturesReplaysNothing() {
        ReplayReport report = new FixtureReplay(new CounterEnvironment()).probes();
        assertEquals(0, report.cases());
        assertEquals(0, report.results().compared() + report.states().compared());
    }
}
