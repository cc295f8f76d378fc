package io.envtune.runtime.fuzz;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.StepReply;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Fuzzes whole episodes through {@link EpisodeSession#step}: for a real task, a script of responses (for each turn a
 * few mutated responses, usually the ground truth in the paper's format, then an answer) is played in standard or
 * augmented mode with either empty-turn rule and a random step cap. Every step must return a reply, the episode must
 * end, and its record must survive a UTF-8 JSON line round trip unchanged (what the record files do). 600 episodes in
 * the normal run; {@code -Denvtune.fuzz.cases=N} plays N/5 episodes (each is ten to thirty steps).
 */
public class EpisodeStepFuzzTest {

    private static final String ANSWER = "<think>Done.</think>\n<answer>Done.</answer>";
    private static final String NULL = "<null>";

    private static FuzzBench bench;
    private static JsonCallMutator json;
    private static ResponseMutator responses;

    @BeforeClass
    public static void load() {
        bench = new FuzzBench();
        json = new JsonCallMutator(ResponseParserFuzzTest.specs(bench));
        responses = new ResponseMutator(json);
    }

    @AfterClass
    public static void release() {
        bench = null;
    }

    /**
     * One episode to play.
     *
     * @param task the task
     * @param config how to play it
     * @param script the responses in order ({@value #NULL} stands for a null response)
     */
    record Script(Task task, EpisodeConfig config, List<String> script) {

        /** @return the regression line: task id, mode, empty-turn rule, step cap, then each response */
        String line() {
            StringBuilder sb = new StringBuilder(task.id()).append('\t').append(config.feedbackMode()).append('\t')
                .append(config.emptyTurnCalls()).append('\t').append(config.maxStepsPerTurn());
            script.forEach(s -> sb.append('\t').append(RegressionLines.encode(s)));
            return sb.toString();
        }
    }

    @Test
    public void mutatedEpisodesStepToTheEndAndKeepTheirRecords() {
        FuzzRun run = new FuzzRun("runtime-episodes");
        List<Task> tasks = bench.data.tasks();
        // An episode is ten to thirty steps: a fifth of the campaign's count keeps the long profile's length in line.
        int n = Integer.getInteger(FuzzRun.CASES) == null ? 600 : Math.max(1, FuzzRun.cases(600) / 5);
        for (int i = 0; i < n; i++) {
            Random r = new Random(FuzzRun.caseSeed(i));
            Script s = script(r, tasks.get(r.nextInt(tasks.size())));
            run.check(s.line(), () -> play(s, bench));
        }
        run.finish();
        System.out.println(bench.augmenterReport());
    }

    private static Script script(Random r, Task task) {
        EpisodeConfig config = new EpisodeConfig("fuzz", r.nextBoolean() ? FeedbackMode.STANDARD
            : FeedbackMode.AUGMENTED, PromptVariant.B, 1 + r.nextInt(6),
            r.nextBoolean() ? EmptyTurnCalls.EXECUTE : EmptyTurnCalls.SKIP_WITH_WARNING, bench.data.dataDir());
        List<String> script = new ArrayList<>();
        for (UserTurn turn : task.turns()) {
            int bad = r.nextInt(3);
            for (int k = 0; k < bad; k++) {
                String s = responses.next(r, turn.groundTruth());
                script.add(s == null ? NULL : s);
            }
            if (r.nextInt(5) > 0 && !turn.groundTruth().isEmpty()) {
                script.add(valid(turn.groundTruth()));
            }
            script.add(ANSWER);
        }
        return new Script(task, config, script);
    }

    /** The ground truth in the paper's format, as the oracle writes it. */
    private static String valid(List<String> calls) {
        List<Object> list = new ArrayList<>();
        calls.forEach(c -> list.add(json.toJson(c)));
        return "<think>Calling the tools.</think>\n<tool_call>" + PyText.dumps(list) + "</tool_call>";
    }

    /**
     * Plays one script, then answers until the episode ends.
     *
     * @param s the script
     * @param bench the domains, data and augmenters
     * @return how many turns passed, as a label
     * @throws CharacterCodingException when the record has no UTF-8 form
     */
    static String play(Script s, FuzzBench bench) throws CharacterCodingException {
        try (EpisodeSession session = new EpisodeSession("fuzz", s.task(), s.config(), bench.lookup,
            bench.augmenters)) {
            for (String response : s.script()) {
                if (session.done()) {
                    break;
                }
                step(session, NULL.equals(response) ? null : response);
            }
            int guard = s.task().turns().size() * s.config().maxStepsPerTurn() + 1;
            while (!session.done() && guard-- > 0) {
                step(session, ANSWER);
            }
            if (!session.done()) {
                throw new AssertionError("the episode did not end");
            }
            EpisodeRecord record = session.record();
            roundTrip(record);
            return record.turnScores().stream().filter(t -> t.passed()).count() + "/" + record.turnCount();
        }
    }

    private static void step(EpisodeSession session, String response) {
        StepReply reply = session.step(response);
        Objects.requireNonNull(reply.outcome(), "outcome");
        Objects.requireNonNull(reply.message(), "message");
    }

    /** What a record file does: JSON line, strict UTF-8 out and in, parse. */
    private static void roundTrip(EpisodeRecord record) throws CharacterCodingException {
        String line = RecordJson.toLine(record);
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(line));
        String back = StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
        if (!RecordJson.fromLine(back).equals(record)) {
            throw new AssertionError("the record changed in its JSON line");
        }
    }
}
