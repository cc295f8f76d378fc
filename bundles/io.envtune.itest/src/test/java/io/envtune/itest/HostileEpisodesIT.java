package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TurnScore;
import io.envtune.runtime.RecordJson;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * A tool that hangs: its episode ends at the tool-call time limit with a reason naming it, in one log line, while
 * an {@code envtune:eval} over every environment (the eight BFCL domains' built-in tasks and the hostile one's)
 * completes and every other episode passes: training goes on with the hostile environment isolated.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileEpisodesIT {

    @Inject
    BundleContext context;

    @Inject
    CommandProcessor commands;

    @Configuration
    public Option[] config() {
        HostileJars.build("hanging", "1.0.0", "serve", "Hanging");
        return ItSupport.baseOptions();
    }

    @Test
    public void anEvalOverEveryEnvironmentCompletesWithTheHangingOneIsolated() throws Exception {
        File out = new File(ItSupport.freshDir("hostile-eval"), "out");
        try (CapturedLog log = new CapturedLog("io.envtune")) {
            File dropped = ItSupport.drop(HostileJars.DIR, "hanging-1.0.0.jar", "hanging.jar");
            try {
                assertNotNull(new EnvironmentLookup(context).await("Hanging", "1.0.0", 10_000));
                long start = System.nanoTime();
                String table = gogo("envtune:eval --policy oracle --tool-timeout-ms 3000 --out " + out.getAbsolutePath());
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                assertTrue("eval took " + seconds + " s", seconds < 60);
                List<EpisodeRecord> records = RecordJson.read(out.toPath().resolve("records.jsonl"));
                // Every built-in task (their number grows as domains gain tasks) and the two hostile ones.
                assertTrue(table, table.contains(records.size() + " episodes") && records.size() > 64);
                assertEquals(1, records.stream().filter(r -> r.taskId().equals("hostile_hang")).count());
                for (EpisodeRecord r : records) {
                    if (r.taskId().equals("hostile_hang")) {
                        assertEquals("tool call hang() did not finish within 3000 ms (limit: tool call time)",
                            r.endReason());
                        assertEquals(List.of(), r.turnScores());
                    } else {
                        assertNull(r.taskId(), r.endReason());
                        assertTrue(r.taskId(), r.turnScores().stream().allMatch(TurnScore::passed));
                        assertEquals(r.taskId(), r.turnCount(), r.turnScores().size());
                    }
                }
                // The runtime logs through System.Logger (java.util.logging here), not System.err.
                List<java.util.logging.LogRecord> lines =
                    log.matching("tool call hang() did not finish within 3000 ms");
                assertEquals(log.text(), 1, lines.size());
                String line = lines.get(0).getMessage();
                assertTrue(line, line.startsWith("envtune: episode ")
                    && line.endsWith("its thread was interrupted and abandoned (1 abandoned now, 1 timed out in all)"));
            } finally {
                Files.delete(dropped.toPath());
            }
        }
    }

    private String gogo(String command) throws Exception {
        // Streams of its own: Gogo routes the session thread's System.out/err into the session's streams, so passing
        // those would loop.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream own = new java.io.PrintStream(bytes, true);
        CommandSession session = commands.createSession(System.in, own, own);
        try {
            return String.valueOf(session.execute(command));
        } finally {
            session.close();
        }
    }

    /** @return a lookup that fails the test when an environment is missing */
    static ToolEnvironment require(EnvironmentLookup lookup, String id) {
        ToolEnvironment env = lookup.apply(id);
        if (env == null) {
            fail("no environment " + id);
        }
        return env;
    }
}
