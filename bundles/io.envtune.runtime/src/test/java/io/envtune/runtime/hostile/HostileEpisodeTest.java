package io.envtune.runtime.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.LogCapture;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.Rescorer;
import io.envtune.runtime.StepReply;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * An environment that hangs, throws errors or floods its results: each call is bounded in time, each observation in
 * size, and a hung call ends its episode with a reason naming the limit instead of holding the episode's thread.
 */
public class HostileEpisodeTest {

    private static final long LIMIT_MS = 300;
    private static final String ANSWER = "<think>t</think><answer>done</answer>";

    private final Hostile env = new Hostile(false);

    @After
    public void releaseHungThreads() {
        env.release();
    }

    static String calls(String... jsonCalls) {
        return "<think>t</think><tool_call>[" + String.join(", ", jsonCalls) + "]</tool_call>";
    }

    static EpisodeConfig config(EpisodeLimits limits) {
        return new EpisodeConfig("test", FeedbackMode.STANDARD, PromptVariant.B, 5, EmptyTurnCalls.EXECUTE, null,
            limits);
    }

    private EpisodeSession open(Task task, EpisodeLimits limits) {
        return new EpisodeSession("hostile#0", task, config(limits), id -> Hostile.ID.equals(id) ? env : null,
            AugmenterChain.EMPTY);
    }

    @Test
    public void aHungCallEndsTheEpisodeWithAReasonNamingTheLimit() {
        Task task = Hostile.task(List.of(List.of("echo(text='a')"), List.of("echo(text='b')")));
        EpisodeLimits limits = EpisodeLimits.DEFAULTS.withToolCallMillis(LIMIT_MS);
        try (EpisodeSession s = open(task, limits)) {
            assertTrue(s.step(calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}")).message()
                .contains("[a]"));
            long start = System.nanoTime();
            StepReply r = s.step(calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"c\"}}",
                "{\"name\": \"hang\", \"arguments\": {}}", "{\"name\": \"echo\", \"arguments\": {\"text\": \"d\"}}"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue("waited " + ms + " ms", ms >= LIMIT_MS && ms < LIMIT_MS + 2_000);
            String reason = "tool call hang() did not finish within 300 ms (limit: tool call time)";
            assertEquals(reason, r.endReason());
            assertTrue(r.done());
            assertEquals(StepOutcome.TOOL_ERROR, r.outcome());
            EpisodeRecord record = s.record();
            assertEquals(reason, record.endReason());
            assertEquals(List.of(), record.turnScores());
            Step last = record.steps().get(record.steps().size() - 1);
            assertEquals(List.of("echo(text='c')", "hang()"), last.calls());
            assertEquals(reason, last.results().get(1));
            assertEquals(record, RecordJson.fromLine(RecordJson.toLine(record)));
            // Re-scoring covers the turns that were scored, so it never replays the hung call.
            assertEquals(List.of(), Rescorer.rescore(record, task, id -> env, null).turnScores());
        }
    }

    @Test
    public void aTurnWhoseScoringHangsEndsTheEpisode() {
        Hostile slowState = new Hostile(true);
        Task task = Hostile.task(List.of(List.of("echo(text='a')")));
        try (EpisodeSession s = new EpisodeSession("state#0", task,
            config(EpisodeLimits.DEFAULTS.withToolCallMillis(LIMIT_MS)), id -> slowState, AugmenterChain.EMPTY)) {
            s.step(calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}"));
            StepReply r = s.step(ANSWER);
            assertTrue(r.done());
            assertEquals("scoring turn 0 did not finish within 600 ms (limit: tool call time)", r.endReason());
            assertEquals(List.of(), s.record().turnScores());
        } finally {
            slowState.release();
        }
    }

    @Test
    public void aLinkageErrorInAToolEndsTheEpisodeAsAnEnvironmentError() {
        Task task = Hostile.task(List.of(List.of("echo(text='a')")));
        try (EpisodeSession s = open(task, EpisodeLimits.DEFAULTS)) {
            StepReply r = s.step(calls("{\"name\": \"broken\", \"arguments\": {}}"));
            assertEquals(StepOutcome.TOOL_ERROR, r.outcome());
            assertTrue(r.done());
            assertEquals("environment_error: Hostile.broken threw java.lang.NoSuchMethodError: "
                + "'void io.envtune.api.Gone.method()'", r.endReason());
            assertEquals(List.of(), s.record().turnScores());
        }
    }

    /**
     * A Java exception inside a tool is a bug of the environment, not a Python error the model caused: the episode
     * ends with a reason naming the tool and the exception, nothing Python-looking is recorded or shown, the stack
     * trace is logged once, and the record says the episode ended early (so training leaves it out).
     */
    @Test
    public void aNullPointerExceptionInAToolEndsTheEpisodeWithAReasonNamingIt() {
        Task task = Hostile.task(List.of(List.of("echo(text='a')"), List.of("echo(text='b')")));
        try (LogCapture log = new LogCapture(); EpisodeSession s = open(task, EpisodeLimits.DEFAULTS)) {
            StepReply r = s.step(calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}",
                "{\"name\": \"npe\", \"arguments\": {}}", "{\"name\": \"echo\", \"arguments\": {\"text\": \"c\"}}"));
            String reason = "environment_error: Hostile.npe threw java.lang.NullPointerException: " + Hostile.NPE;
            assertEquals(reason, r.endReason());
            assertTrue(r.done());
            assertEquals("", r.message());
            EpisodeRecord record = s.record();
            assertEquals(reason, record.endReason());
            assertTrue(record.endedEarly());
            assertEquals(List.of(), record.turnScores());
            Step last = record.steps().get(record.steps().size() - 1);
            assertEquals(List.of("echo(text='a')", "npe()"), last.calls());
            assertEquals(reason, last.results().get(1));
            for (String result : last.results()) {
                assertTrue(result, !result.contains("Error during execution") && !result.contains("NoneType"));
            }
            assertEquals(record, RecordJson.fromLine(RecordJson.toLine(record)));
            List<java.util.logging.LogRecord> lines = log.matching("Hostile.npe threw");
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).getMessage(), lines.get(0).getMessage().contains("episode hostile#0: " + reason));
            assertTrue(lines.get(0).getThrown() instanceof NullPointerException);
            assertTrue(lines.get(0).getThrown().getStackTrace().length > 0);
        }
    }

    @Test
    public void sixtyFourHugeResultsMakeABoundedObservationThatNamesTheLimit() {
        Task task = Hostile.task(List.of(List.of("echo(text='a')")));
        String big = "{\"name\": \"big\", \"arguments\": {\"n\": 200000}}";
        try (EpisodeSession s = open(task, EpisodeLimits.DEFAULTS)) {
            String[] many = new String[64];
            java.util.Arrays.fill(many, big);
            StepReply r = s.step(calls(many));
            assertTrue(r.message().length() + " chars",
                r.message().length() <= EpisodeLimits.DEFAULT_OBSERVATION_CHARS);
            assertTrue(r.message(), r.message().contains("[truncated: 200000 characters, showing the first "));
            assertTrue(r.message().contains("(limit: observation size)]"));
            // What is recorded and scored stays whole, as BFCL's results are.
            Step step = s.record().steps().get(0);
            assertEquals(200_000, step.results().get(63).length());
        }
    }

    @Test
    public void oneResultOverItsOwnLimitIsCutAndSaysSo() {
        Task task = Hostile.task(List.of(List.of("echo(text='a')")));
        try (EpisodeSession s = open(task, EpisodeLimits.DEFAULTS.withObservationSizes(1_000, 100_000))) {
            StepReply r = s.step(calls("{\"name\": \"big\", \"arguments\": {\"n\": 5000}}",
                "{\"name\": \"big\", \"arguments\": {\"n\": 10}}"));
            assertTrue(r.message(), r.message().contains("x".repeat(1_000) + " …[truncated: 5000 characters, "
                + "showing the first 1000 (limit: tool result size)]\",\"xxxxxxxxxx\"]"));
        }
    }
}
