package io.envtune.runtime.hostile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.LogCapture;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.StepReply;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogRecord;
import org.junit.Test;

/**
 * An augmenter that throws never fails silently: the episode goes on with the standard text, the failure is logged
 * once per augmenter with its stack trace, and it is counted per episode in the record and per chain.
 */
public class AugmenterFailureTest {

    private static final String GARBAGE = "no tags at all";

    /** An augmenter with a bug. */
    static final class Throwing implements FeedbackAugmenter {
        @Override
        public Optional<String> hint(FeedbackEvent event) {
            throw new IllegalStateException("augmenter bug");
        }
    }

    /** Another augmenter with a bug, so two are told apart. */
    static final class AlsoThrowing implements FeedbackAugmenter {
        @Override
        public Optional<String> hint(FeedbackEvent event) {
            throw new UnsupportedOperationException("also a bug");
        }
    }

    private static final FeedbackAugmenter HELPFUL = e -> Optional.of("a helpful hint");

    private static FeedbackEvent event() {
        return new FeedbackEvent(FeedbackKind.FORMAT_ERROR, null, null, "Error: format", List.of());
    }

    private static EpisodeSession open(String id, AugmenterChain chain, FeedbackMode mode) {
        Hostile env = new Hostile(false);
        Task task = Hostile.task(List.of(List.of("echo(text='a')")));
        EpisodeConfig config = new EpisodeConfig("stage-2", mode, PromptVariant.A, 5, EmptyTurnCalls.EXECUTE, null,
            EpisodeLimits.DEFAULTS);
        return new EpisodeSession(id, task, config, c -> env, chain);
    }

    @Test
    public void aThrowingAugmenterIsLoggedOnceCountedAndTheStandardTextIsShown() {
        AugmenterChain chain = new AugmenterChain(List.of(new Throwing()));
        try (LogCapture log = new LogCapture();
             EpisodeSession augmented = open("aug#0", chain, FeedbackMode.AUGMENTED);
             EpisodeSession standard = open("std#0", AugmenterChain.EMPTY, FeedbackMode.STANDARD)) {
            StepReply a = augmented.step(GARBAGE);
            assertEquals(StepOutcome.FORMAT_ERROR, a.outcome());
            assertEquals(standard.step(GARBAGE).message(), a.message());
            augmented.step(GARBAGE);
            // The episode goes on to its end and scores as usual.
            augmented.step(HostileEpisodeTest.calls("{\"name\": \"echo\", \"arguments\": {\"text\": \"a\"}}"));
            StepReply end = augmented.step("<think>t</think><answer>done</answer>");
            assertTrue(end.done());
            EpisodeRecord record = augmented.record();
            assertEquals(null, record.endReason());
            assertTrue(record.turnScores().get(0).passed());
            assertEquals(2, record.augmenterFailures());
            assertEquals(0, standard.record().augmenterFailures());
            assertEquals(2, chain.failures());
            assertEquals(record, RecordJson.fromLine(RecordJson.toLine(record)));
            List<LogRecord> lines = log.matching("envtune: augmenter ");
            assertEquals(1, lines.size());
            assertTrue(lines.get(0).getMessage(), lines.get(0).getMessage().contains(Throwing.class.getName()));
            assertTrue(lines.get(0).getThrown() instanceof IllegalStateException);
        }
    }

    @Test
    public void eachThrowingAugmenterIsLoggedOnceAndTheNextOneStillHints() {
        AugmenterChain chain = new AugmenterChain(List.of(new Throwing(), new AlsoThrowing(), HELPFUL));
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 3; i++) {
                AugmenterChain.Answer answer = chain.ask(event());
                assertEquals(Optional.of("a helpful hint"), answer.hint());
                assertEquals(2, answer.failures());
            }
            assertEquals(6, chain.failures());
            assertEquals(1, log.matching(Throwing.class.getName()).size());
            assertEquals(1, log.matching(AlsoThrowing.class.getName()).size());
            assertEquals(2, log.matching("envtune: augmenter ").size());
        }
    }

    @Test
    public void standardFeedbackNeverAsksTheChain() {
        AugmenterChain chain = new AugmenterChain(List.of(new Throwing()));
        try (EpisodeSession s = open("std#1", chain, FeedbackMode.STANDARD)) {
            s.step(GARBAGE);
            assertEquals(0, s.record().augmenterFailures());
            assertEquals(0, chain.failures());
        }
    }

    @Test
    public void aRecordWrittenBeforeTheCounterReadsAsZero() {
        EpisodeRecord r = new EpisodeRecord("e#0", "t", "eval", FeedbackMode.STANDARD, java.util.Map.of(), List.of(),
            List.of(), 1, null, 3);
        String line = RecordJson.toLine(r);
        assertTrue(line, line.contains("\"augmenterFailures\":3"));
        EpisodeRecord old = RecordJson.fromLine(line.replace(",\"augmenterFailures\":3", ""));
        assertEquals(0, old.augmenterFailures());
        assertEquals(3, RecordJson.fromLine(line).augmenterFailures());
    }
}
