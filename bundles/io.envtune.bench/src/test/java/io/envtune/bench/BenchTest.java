package io.envtune.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.testkit.BfclFixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/**
 * Runs the bench command with tiny iteration counts, so every measurement keeps compiling and running; the figures
 * themselves are not checked (this machine is shared), only that every table appears and no sanity check failed.
 */
public class BenchTest {

    @Test
    public void quickRunPrintsEveryTableAndPassesItsChecks() {
        BfclFixtures.bfclDirOrSkip();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Bench.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--quick");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(out, 0, status);
        for (String heading : new String[] {"== one tool call", "== creating an episode's instances",
            "== ground-truth replay + state check of one turn", "== oracle episodes through RolloutExecutor",
            "== concurrently open EpisodeSessions"}) {
            assertTrue(heading + " missing in:\n" + out, out.contains(heading));
        }
        assertTrue(out, out.contains("every ground-truth call, all 4 splits [execute]"));
        assertTrue(out, out.contains("call get_stock_info(symbol='AAPL') [ToolTable, parsed]"));
    }

    @Test
    public void sectionsCanBeChosen() {
        BfclFixtures.bfclDirOrSkip();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Bench.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--quick", "--only", "ceiling",
            "--ceiling", "5");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(out, 0, status);
        assertTrue(out, out.contains("== concurrently open EpisodeSessions"));
        assertTrue(out, !out.contains("== one tool call"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void unknownOptionsAreRefused() {
        Bench.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "--fast");
    }
}
