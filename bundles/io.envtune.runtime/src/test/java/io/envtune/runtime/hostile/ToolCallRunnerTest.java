package io.envtune.runtime.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.ToolCallRunner;
import io.envtune.runtime.policy.ScriptedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.Test;

/** The runner of environment code: limits in time, counts what it abandons, never lets an error escape as is. */
public class ToolCallRunnerTest {

    @Test
    public void aStuckCallIsAbandonedAtItsLimitAndCountedUntilItReturns() throws Exception {
        Hostile env = new Hostile(false);
        try (ToolCallRunner runner = new ToolCallRunner(4)) {
            assertEquals("ok", runner.call("e", "quick", 1_000, () -> "ok"));
            try {
                runner.call("e", "tool call hang()", 200, () -> {
                    env.hang();
                    return "late";
                });
                fail("a hung call returned");
            } catch (ToolCallRunner.Fault f) {
                assertEquals("tool call hang() did not finish within 200 ms (limit: tool call time)", f.reason());
            }
            assertEquals(1, runner.abandoned());
            assertEquals(1, runner.timedOut());
            env.release();
            long deadline = System.currentTimeMillis() + 5_000;
            while (runner.abandoned() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, runner.abandoned());
        }
    }

    @Test
    public void whenEveryThreadIsStuckACallFailsNamingTheLimit() {
        Hostile env = new Hostile(false);
        try (ToolCallRunner runner = new ToolCallRunner(1)) {
            hang(runner, env);
            try {
                runner.call("e", "tool call echo()", 100, () -> "never");
                fail("a call ran with every thread stuck");
            } catch (ToolCallRunner.Fault f) {
                assertTrue(f.reason(), f.reason().endsWith("(limit: tool-call threads)"));
            }
        } finally {
            env.release();
        }
    }

    @Test
    public void errorsBecomeFaultsButTheJvmsOwnAreThrown() {
        try (ToolCallRunner runner = new ToolCallRunner(2)) {
            try {
                runner.call("e", "tool call broken()", 1_000, () -> {
                    throw new NoClassDefFoundError("io/envtune/Gone");
                });
                fail();
            } catch (ToolCallRunner.Fault f) {
                assertEquals("environment_error: tool call broken() threw java.lang.NoClassDefFoundError: "
                    + "io/envtune/Gone", f.reason());
            }
            try {
                runner.call("e", "tool call greedy()", 1_000, () -> {
                    throw new OutOfMemoryError("test");
                });
                fail();
            } catch (OutOfMemoryError expected) {
                assertEquals("test", expected.getMessage());
            }
        }
    }

    @Test
    public void anEpisodeThatCannotOpenEndsAloneWithItsReason() {
        Hostile env = new Hostile(false);
        Task good = Hostile.task(List.of(List.of("echo(text='a')")));
        Task broken = new Task("broken_open", "hostile", List.of("Gone"), java.util.Map.of(),
            good.turns(), false);
        String echoA = HostileEpisodeTest.calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}");
        String answer = "<think>t</think><answer>done</answer>";
        try (RolloutExecutor executor = new RolloutExecutor(2, 8)) {
            List<Rollout> out = executor.runAll(List.of(good, broken, good), t -> new ScriptedPolicy(
                List.of(echoA, answer)), new RolloutExecutor.Plan(HostileEpisodeTest.config(EpisodeLimits.DEFAULTS),
                id -> id.equals(Hostile.ID) ? env : null, AugmenterChain.EMPTY,
                new SamplingParams(1, 0, 1, 0, 64, List.of(), 1), false));
            assertEquals(3, out.size());
            assertEquals("broken_open", out.get(1).record().taskId());
            assertTrue(out.get(1).record().endReason(), out.get(1).record().endReason()
                .startsWith("the episode could not start: ") && out.get(1).record().endReason().contains("Gone"));
            assertTrue(out.get(1).record().steps().isEmpty());
            assertEquals(1, out.get(1).record().turnCount());
            for (int i : new int[] {0, 2}) {
                assertEquals(null, out.get(i).record().endReason());
                assertTrue(out.get(i).record().turnScores().get(0).passed());
            }
        }
    }

    @Test
    public void aHungEpisodeEndsWhileTheOthersOfTheRolloutFinish() {
        Hostile env = new Hostile(false);
        Task good = Hostile.task(List.of(List.of("echo(text='a')"), List.of("echo(text='b')")));
        Task bad = Hostile.task(List.of(List.of("hang()")));
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(i == 2 ? bad : good);
        }
        String echoA = HostileEpisodeTest.calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}");
        String echoB = HostileEpisodeTest.calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"b\"}}");
        String hang = HostileEpisodeTest.calls("{\"name\": \"hang\", \"arguments\": {}}");
        String answer = "<think>t</think><answer>done</answer>";
        try (RolloutExecutor executor = new RolloutExecutor(2, 8)) {
            List<Rollout> out = executor.runAll(tasks, t -> new ScriptedPolicy(t == bad ? List.of(hang)
                : List.of(echoA, answer, echoB, answer)), new RolloutExecutor.Plan(HostileEpisodeTest.config(
                EpisodeLimits.DEFAULTS.withToolCallMillis(300)), id -> env, AugmenterChain.EMPTY,
                new SamplingParams(1, 0, 1, 0, 64, List.of(), 1), false));
            for (int i = 0; i < out.size(); i++) {
                if (i == 2) {
                    assertTrue(out.get(i).record().endReason().contains("(limit: tool call time)"));
                } else {
                    assertEquals(null, out.get(i).record().endReason());
                    assertEquals(2, out.get(i).record().turnScores().stream().filter(s -> s.passed()).count());
                }
            }
            assertEquals(1, executor.toolCalls().timedOut());
        } finally {
            env.release();
        }
    }

    private static void hang(ToolCallRunner runner, Hostile env) {
        CountDownLatch started = new CountDownLatch(1);
        try {
            runner.call("e", "tool call hang()", 100, () -> {
                started.countDown();
                env.hang();
                return null;
            });
        } catch (ToolCallRunner.Fault expected) {
            assertTrue(started.getCount() == 0);
        }
    }
}
