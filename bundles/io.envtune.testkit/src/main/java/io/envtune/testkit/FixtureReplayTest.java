package io.envtune.testkit;

import static java.lang.System.Logger.Level.INFO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ToolEnvironment;
import org.junit.Test;

/**
 * The BFCL fixture replay every BFCL domain runs, as a JUnit 4 test to extend: implement {@link #environment()}.
 * Each test replays one fixture family with {@link FixtureReplay}, prints the counts, and requires that something was
 * compared (results and states) and that nothing differed; a failure lists the first mismatches. Skipped when the
 * BFCL folder is missing.
 *
 * <pre>public final class MathFixtureTest extends FixtureReplayTest {
 *     {@literal @}Override protected ToolEnvironment environment() { return new MathEnvironment(); }
 * }</pre>
 */
public abstract class FixtureReplayTest {

    private static final System.Logger LOG = System.getLogger(FixtureReplayTest.class.getName());

    /** @return the domain under test; its id is the BFCL class name */
    protected abstract ToolEnvironment environment();

    /** @return how many lines of {@code probes.jsonl} belong to the class; BFCL's probe file has four per class */
    protected int expectedProbes() {
        return 4;
    }

    /** Every probe line of the class: initial state, then each step's result and state. */
    @Test
    public void probesMatchTheReference() {
        ReplayReport report = new FixtureReplay(environment()).probes();
        assertAllMatched(report);
        assertEquals(report.what() + " lines", expectedProbes(), report.cases());
    }

    /** The ground truth of every golden entry involving the class: results of its calls, states after each turn. */
    @Test
    public void groundTruthMatchesTheReference() {
        assertAllMatched(new FixtureReplay(environment()).golden());
    }

    /** Every perturbed model trajectory involving the class: results of its calls, state hashes after each turn. */
    @Test
    public void modelReplaysMatchTheReference() {
        assertAllMatched(new FixtureReplay(environment()).verdicts());
    }

    /**
     * Logs the counts, then requires results and states to have been compared and none to differ.
     *
     * @param report a replay's report
     */
    protected static void assertAllMatched(ReplayReport report) {
        LOG.log(INFO, report::toString);
        assertTrue(report.what() + ": nothing replayed", report.cases() > 0);
        assertTrue(report.what() + ": no results compared", report.results().compared() > 0);
        assertTrue(report.what() + ": no states compared", report.states().compared() > 0);
        assertEquals(report.describe(), 0, report.mismatched());
    }
}
