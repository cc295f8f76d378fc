package io.envtune.runtime.fuzz;

import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.PromptVariant;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.runtime.EmptyTurnCalls;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.RecordJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Replays, in the normal test run, every input the runtime fuzzers caught (src/test/resources/fuzz/) plus hand-written
 * hostile ones: responses through the parser, call lists through a task's environments, scripts through whole
 * episodes. Each must end cleanly within the time bound.
 */
public class RegressionCasesTest {

    private static FuzzBench bench;

    @BeforeClass
    public static void load() {
        bench = new FuzzBench();
    }

    /** Found by EpisodeStepFuzzTest: half an emoji in a response made the whole record file unwritable. */
    @Test
    public void aRecordWithLoneSurrogatesIsWrittenAndReadBackUnchanged() throws IOException {
        Step step = new Step(0, 0, "<think>\ud83d</think><answer>\ude00 x \ud83d\ude00</answer>", StepOutcome.ANSWER,
            List.of("cd(folder='\udc00')"), List.of("\ud800"), "");
        EpisodeRecord record = new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of("A", "1"),
            List.of(step), List.of(new TurnScore(0, true, "")), 1);
        Path file = Files.createTempFile("records", ".jsonl");
        try {
            RecordJson.write(file, List.of(record));
            assertEquals(List.of(record), RecordJson.read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void savedResponsesParse() {
        List<String> cases = RegressionLines.load("/fuzz/responses.txt");
        assertFalse(cases.isEmpty());
        FuzzRun run = new FuzzRun("runtime-regression-responses");
        for (String response : cases) {
            run.check(RegressionLines.encode(response), () -> ResponseParserFuzzTest.parseCase(response));
        }
        run.finish();
    }

    @Test
    public void savedToolCallsEndInResults() {
        List<String> lines = RegressionLines.loadRaw("/fuzz/tool-calls.txt");
        assertFalse(lines.isEmpty());
        FuzzRun run = new FuzzRun("runtime-regression-tool-calls");
        Set<String> reached = ConcurrentHashMap.newKeySet();
        Map<String, AtomicInteger> internal = new ConcurrentHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            Task task = bench.data.task(parts[0]).orElseThrow();
            List<String> calls = new ArrayList<>();
            Arrays.stream(parts, 1, parts.length).forEach(p -> calls.add(RegressionLines.decode(p)));
            run.check(line, () -> ToolCallFuzzTest.runCase(bench, task, calls, null, reached, internal));
        }
        run.finish();
    }

    @Test
    public void savedEpisodesPlayToTheEnd() {
        List<String> lines = RegressionLines.loadRaw("/fuzz/episodes.txt");
        assertFalse(lines.isEmpty());
        FuzzRun run = new FuzzRun("runtime-regression-episodes");
        for (String line : lines) {
            String[] parts = line.split("\t");
            Task task = bench.data.task(parts[0]).orElseThrow();
            EpisodeConfig config = new EpisodeConfig("regression", FeedbackMode.valueOf(parts[1]), PromptVariant.B,
                Integer.parseInt(parts[3]), EmptyTurnCalls.valueOf(parts[2]), bench.data.dataDir());
            List<String> script = new ArrayList<>();
            Arrays.stream(parts, 4, parts.length).forEach(p -> script.add(RegressionLines.decode(p)));
            EpisodeStepFuzzTest.Script s = new EpisodeStepFuzzTest.Script(task, config, script);
            run.check(line, () -> EpisodeStepFuzzTest.play(s, bench));
        }
        run.finish();
    }
}
