package io.envtune.runtime.fuzz;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.UserTurn;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.ResponseParser;
import io.envtune.runtime.StepReply;
import io.envtune.testkit.ObservedEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The episode limits: response length, tool calls per step, steps per turn and turns per episode are bounded,
 * configurable, and named in the message when hit.
 */
public class LimitsTest {

    private static final String ANSWER = "<think>Done.</think><answer>Done.</answer>";

    private static FuzzBench bench;
    private static Task task;

    @BeforeClass
    public static void load() {
        bench = new FuzzBench();
        task = bench.data.task("multi_turn_base_0").orElseThrow();
    }

    private static EpisodeConfig config(int maxSteps, EpisodeLimits limits) {
        return new EpisodeConfig("limits", FeedbackMode.STANDARD, PromptVariant.B, maxSteps, EmptyTurnCalls.EXECUTE,
            bench.data.dataDir(), limits);
    }

    private static EpisodeSession open(Task t, EpisodeConfig config) {
        return new EpisodeSession("limits", t, config, bench.lookup, AugmenterChain.EMPTY);
    }

    private static String calls(int n) {
        return "<think>t</think><tool_call>["
            + String.join(", ", Collections.nCopies(n, "{\"name\": \"pwd\", \"arguments\": {}}")) + "]</tool_call>";
    }

    @Test
    public void defaultsKeepThePapersSettingsWorking() {
        EpisodeConfig c = new EpisodeConfig("s", FeedbackMode.STANDARD, PromptVariant.B, 5, EmptyTurnCalls.EXECUTE,
            null);
        assertEquals(EpisodeLimits.DEFAULTS, c.limits());
        assertEquals(ResponseParser.MAX_CHARS, c.limits().maxResponseChars());
        assertEquals(EpisodeLimits.DEFAULTS, c.withLimits(null).limits());
    }

    @Test
    public void aResponseOverTheConfiguredLengthIsAFormatErrorNamingTheLimit() {
        try (EpisodeSession s = open(task, config(5, new EpisodeLimits(100, 64, 64)))) {
            StepReply r = s.step("<think>" + "x".repeat(100) + "</think><answer>a</answer>");
            assertEquals(StepOutcome.FORMAT_ERROR, r.outcome());
            assertTrue(r.message(), r.message().contains("limit of 100 characters (limit: response length)"));
            assertEquals(StepOutcome.ANSWER, s.step(ANSWER).outcome());
        }
    }

    @Test
    public void moreCallsThanTheLimitRunNothingAndNameTheLimit() {
        try (EpisodeSession s = open(task, config(5, new EpisodeLimits(200_000, 3, 64)))) {
            StepReply r = s.step(calls(4));
            assertEquals(StepOutcome.FORMAT_ERROR, r.outcome());
            assertTrue(r.message(), r.message().contains("4 tool calls in one step, more than the limit of 3 "
                + "(limit: tool calls per step)"));
            assertEquals(StepOutcome.TOOLS_OK, s.step(calls(3)).outcome());
            Step first = s.record().steps().get(0);
            assertEquals(List.of(), first.calls());
        }
    }

    @Test
    public void theDefaultCallLimitRefusesAThousandCalls() {
        try (EpisodeSession s = open(task, config(5, null))) {
            StepReply r = s.step(calls(1000));
            assertEquals(StepOutcome.FORMAT_ERROR, r.outcome());
            assertTrue(r.message(), r.message().contains("(limit: tool calls per step)"));
        }
    }

    @Test
    public void theStepCapClosesTheTurn() {
        try (EpisodeSession s = open(task, config(2, null))) {
            assertEquals(StepOutcome.FORMAT_ERROR, s.step("no tags").outcome());
            StepReply capped = s.step("still no tags");
            assertEquals(StepOutcome.STEP_CAP, capped.outcome());
            assertEquals(0, capped.turnScore().turn());
            assertFalse(capped.done());
        }
    }

    @Test
    public void aTaskWithMoreTurnsThanTheLimitIsRefusedBeforeAnyInstanceIsMade() {
        List<UserTurn> turns = new ArrayList<>(task.turns());
        while (turns.size() <= 70) {
            turns.addAll(task.turns());
        }
        Task longTask = new Task("long", task.split(), task.involvedClasses(), task.initialConfig(), turns,
            task.longContext());
        AtomicInteger created = new AtomicInteger();
        Function<String, ToolEnvironment> counting = id -> counting(bench.lookup.apply(id), created);
        try {
            new EpisodeSession("limits", longTask, config(5, null), counting, AugmenterChain.EMPTY).close();
            fail("a task of " + turns.size() + " turns was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("more than the limit of 64 (limit: turns per episode)"));
        }
        assertEquals(0, created.get());
        try (EpisodeSession s = open(longTask, config(5, new EpisodeLimits(200_000, 64, turns.size())))) {
            assertFalse(s.done());
        }
    }

    private static ToolEnvironment counting(ToolEnvironment env, AtomicInteger created) {
        return new ObservedEnvironment(env, (json, instance) -> {
            created.incrementAndGet();
            return instance;
        });
    }

    @Test
    public void limitsBelowOneAreRejected() {
        for (int[] bad : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}) {
            try {
                new EpisodeLimits(bad[0], bad[1], bad[2]);
                fail("accepted " + java.util.Arrays.toString(bad));
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("episode limits must be at least 1"));
            }
        }
    }
}
