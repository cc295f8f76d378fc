package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.Test;

/** The data the warm start accepts, and the data it refuses with a clear message. */
public class SftInputTest {

    private static final List<Task> TASKS = SftFixtures.ticketTasks();

    private static Function<String, Task> byId() {
        Map<String, Task> m = new HashMap<>();
        TASKS.forEach(t -> m.put(t.id(), t));
        return m::get;
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        fail("not refused");
        return null;
    }

    @Test
    public void oracleRecordsRenderTheSameEpisodesAsTheirTasks() {
        Path file = SftFixtures.oracleRecords(TASKS, TinyModels.tempDir("sft-rec"));
        SftInput in = SftInput.read(file);
        assertEquals(TASKS.size(), in.records().size());
        SftData.Result fromRecords = SftData.fromRecords(in.records(), byId(), SftFixtures.plan());
        SftData.Result fromTasks = SftData.fromTasks(TASKS, SftFixtures.plan());
        assertEquals(fromTasks.episodes(), fromRecords.episodes());
        assertTrue(fromTasks.skipped().isEmpty());
        SftEpisode first = fromTasks.episodes().get(0);
        assertEquals("system prompt, then the first question", 2, first.steps().get(0).context().messages().size());
        assertTrue(first.steps().get(0).response().startsWith("<think>"));
    }

    @Test
    public void aTasksFileIsReadAsTasks() throws IOException {
        Path dir = TinyModels.tempDir("sft-tasks");
        Path file = dir.resolve("tasks.jsonl");
        try (var in = SftInputTest.class.getClassLoader().getResourceAsStream("tasks/train.jsonl")) {
            Files.write(file, in.readAllBytes());
        }
        SftInput read = SftInput.read(file);
        assertTrue(read.records().isEmpty());
        assertTrue(read.tasks().size() >= 5);
    }

    @Test
    public void badInputIsRefusedNamingTheProblem() throws IOException {
        Path dir = TinyModels.tempDir("sft-bad");
        assertTrue(refusal(() -> SftInput.read(dir.resolve("nope.jsonl"))).contains("no such file"));
        Path malformed = dir.resolve("malformed.jsonl");
        Files.writeString(malformed, "\n{not json\n");
        String m = refusal(() -> SftInput.read(malformed));
        assertTrue(m, m.contains("malformed.jsonl:2") && m.contains("malformed JSON"));
        Path partial = dir.resolve("partial.jsonl");
        String line = Files.readAllLines(SftFixtures.oracleRecords(TASKS.subList(0, 1), dir)).get(0);
        Files.writeString(partial, line + "\n{\"episodeId\": \"a\", \"steps\": []}\n");
        String p = refusal(() -> SftInput.read(partial));
        assertTrue(p, p.contains("partial.jsonl:2: not an episode record"));
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"hello\": 1}\n");
        assertTrue(refusal(() -> SftInput.read(other)).contains("neither an episode record"));
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "\n\n");
        assertTrue(refusal(() -> SftInput.read(empty)).contains("empty"));
    }

    @Test
    public void recordsThatAreNotTheOraclesAreRefused() {
        List<EpisodeRecord> records = SftInput.read(SftFixtures.oracleRecords(TASKS, TinyModels.tempDir("sft-rec2")))
            .records();
        EpisodeRecord r = records.get(0);
        List<Step> steps = new ArrayList<>(r.steps());
        Step s = steps.get(0);
        steps.set(0, new Step(s.turn(), s.index(), "<think>hm</think>\n<answer>no</answer>", s.outcome(), List.of(),
            List.of(), s.feedback()));
        EpisodeRecord forged = new EpisodeRecord(r.episodeId(), r.taskId(), r.stage(), r.feedbackMode(),
            r.environmentVersions(), steps, r.turnScores(), r.turnCount(), r.endReason());
        String m = refusal(() -> SftData.fromRecords(List.of(forged), byId(), SftFixtures.plan()));
        assertTrue(m, m.contains("not the oracle's response") && m.contains(r.taskId()));
        String unknown = refusal(() -> SftData.fromRecords(records, id -> null, SftFixtures.plan()));
        assertTrue(unknown, unknown.contains("unknown task") && unknown.contains("--tasks"));
        EpisodeRecord cut = new EpisodeRecord(r.episodeId(), r.taskId(), r.stage(), r.feedbackMode(),
            r.environmentVersions(), r.steps().subList(0, 1), r.turnScores(), r.turnCount(), r.endReason());
        assertTrue(refusal(() -> SftData.fromRecords(List.of(cut), byId(), SftFixtures.plan()))
            .contains("not the oracle's response"));
    }
}
