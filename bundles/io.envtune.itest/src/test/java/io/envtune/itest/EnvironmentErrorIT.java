package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.SamplingParams;
import io.envtune.api.Step;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.TurnScore;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogRecord;
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
import org.osgi.framework.ServiceReference;

/**
 * An environment bundle whose tool throws a NullPointerException: the exception is a bug of the environment, not a
 * Python error the model caused. Its episode ends with an end reason naming the tool and the exception, no
 * Python-looking error text is recorded or shown, the stack trace is logged once, and everything else goes on: an
 * {@code envtune:eval} over every environment completes with every other episode passing, and a GRPO group of
 * rollouts (what a training step plays before its update) comes back whole, the faulty episodes marked as ended early
 * so that training leaves them out of their group.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EnvironmentErrorIT {

    private static final String REASON = "environment_error: Crashing.crash threw java.lang.NullPointerException: "
        + "Cannot invoke \"java.util.Map.get(Object)\" because \"this.tickets\" is null";

    @Inject
    BundleContext context;

    @Inject
    CommandProcessor commands;

    @Configuration
    public Option[] config() {
        HostileJars.build("crashing", "1.0.0", "npe", "Crashing");
        return ItSupport.baseOptions();
    }

    @Test
    public void aToolThatThrowsEndsItsEpisodeAsAnEnvironmentErrorAndEverythingElseGoesOn() throws Exception {
        File out = new File(ItSupport.freshDir("crash-eval"), "out");
        File dropped = ItSupport.drop(HostileJars.DIR, "crashing-1.0.0.jar", "crashing.jar");
        try (CapturedLog log = new CapturedLog("io.envtune")) {
            EnvironmentLookup lookup = new EnvironmentLookup(context);
            assertNotNull(lookup.await("Crashing", "1.0.0", 10_000));
            String table = gogo("envtune:eval --policy oracle --out " + out.getAbsolutePath());
            List<EpisodeRecord> records = RecordJson.read(out.toPath().resolve("records.jsonl"));
            // Every built-in task of the eight domains and the crashing bundle's two played to the end of the eval.
            assertTrue(table, table.contains(records.size() + " episodes"));
            assertTrue(records.size() + " records", records.size() > 64);
            assertEquals(1, records.stream().filter(r -> r.taskId().equals("crash_npe")).count());
            assertEquals(1, records.stream().filter(r -> r.taskId().equals("crash_echo")).count());
            for (EpisodeRecord r : records) {
                if (r.taskId().equals("crash_npe")) {
                    assertCrashed(r);
                } else {
                    assertNull(r.taskId(), r.endReason());
                    assertTrue(r.taskId(), r.turnScores().stream().allMatch(TurnScore::passed));
                    assertEquals(r.taskId(), r.turnCount(), r.turnScores().size());
                }
            }
            List<LogRecord> lines = log.matching("Crashing.crash threw");
            assertEquals(log.text(), 1, lines.size());
            assertTrue(lines.get(0).getMessage(), lines.get(0).getMessage().contains(REASON));
            Throwable thrown = lines.get(0).getThrown();
            assertTrue(String.valueOf(thrown), thrown instanceof NullPointerException);
            assertTrue(thrown.getStackTrace().length > 0);

            List<Rollout> group = playGroup(lookup);
            assertEquals(4, group.size());
            for (Rollout r : group) {
                if (r.record().taskId().equals("crash_npe")) {
                    assertCrashed(r.record());
                } else {
                    assertFalse(r.record().endedEarly());
                    assertTrue(r.record().turnScores().get(0).passed());
                    assertFalse("kept for training", r.segments().isEmpty());
                }
            }
            assertEquals(log.text(), 3, log.matching("Crashing.crash threw").size());
        } finally {
            Files.delete(dropped.toPath());
        }
    }

    private static void assertCrashed(EpisodeRecord r) {
        assertEquals(REASON, r.endReason());
        assertTrue(r.endedEarly());
        assertEquals(List.of(), r.turnScores());
        for (Step s : r.steps()) {
            for (String result : s.results()) {
                assertFalse(result, result.contains("Error during execution") || result.contains("NoneType"));
            }
            assertFalse(s.feedback(), s.feedback().contains("NoneType"));
        }
    }

    /** Two rollouts of each crashing-bundle task with segments kept, as a training step plays a GRPO group. */
    private List<Rollout> playGroup(EnvironmentLookup lookup) throws Exception {
        List<Task> tasks = new ArrayList<>();
        for (ServiceReference<TaskSource> ref : context.getServiceReferences(TaskSource.class, null)) {
            for (Task t : context.getService(ref).tasks()) {
                if (t.id().startsWith("crash_")) {
                    tasks.add(t);
                    tasks.add(t);
                }
            }
        }
        try (RolloutExecutor executor = new RolloutExecutor(2, 8)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(null), lookup,
                AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), true);
            return executor.runAll(tasks, t -> new OraclePolicy(t, lookup), plan);
        }
    }

    private String gogo(String command) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream own = new java.io.PrintStream(bytes, true);
        CommandSession session = commands.createSession(System.in, own, own);
        try {
            return String.valueOf(session.execute(command));
        } finally {
            session.close();
        }
    }
}
