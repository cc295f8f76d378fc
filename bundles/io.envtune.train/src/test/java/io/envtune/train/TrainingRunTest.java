package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.PromotionRule;
import io.envtune.api.RewardFunction;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TrainingRunTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static <T> T create(String cls) {
        try {
            @SuppressWarnings("unchecked")
            T t = (T) Class.forName(cls).getConstructor().newInstance();
            return t;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Map<String, ToolEnvironment> envs = new HashMap<>();
    private final Map<String, List<Task>> train = new LinkedHashMap<>();
    private final Map<String, List<Task>> validation = new LinkedHashMap<>();
    private final Map<String, Task> byQuestion = new HashMap<>();

    private void load() {
        for (String d : List.of("filesystem.internal.FileSystem", "math.internal.Math")) {
            ToolEnvironment env = create("io.envtune.env." + d + "Environment");
            envs.put(env.id(), env);
            TaskSource source = create("io.envtune.env." + d + "Tasks");
            source.tasks().forEach(t -> train.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
            source.validation().forEach(t -> validation.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
        }
        for (List<Task> ts : List.of(flat(train), flat(validation))) {
            for (Task t : ts) {
                byQuestion.put(t.turns().get(0).messages().stream().map(ChatMessage::content)
                    .collect(Collectors.joining("\n")), t);
            }
        }
    }

    private static List<Task> flat(Map<String, List<Task>> m) {
        List<Task> out = new ArrayList<>();
        m.values().forEach(out::addAll);
        return out;
    }

    private Summary run(Path dir, int steps, StrategyPolicy policy, RunState resume) throws Exception {
        PromotionRule rule = new PromotionRule(2, 0.02, 10, 2, 3);
        Curriculum curriculum = new Curriculum(PaperCurriculum.stages(4, 64, rule), new RunFolder(dir)
            .curriculumState());
        TrainConfig config = new TrainConfig(dir, steps, 4, 2, 11, 1.0, 1, 1, 2, EmptyTurnCalls.EXECUTE, null);
        Map<String, RewardFunction> rewards = Map.of("format", create("io.envtune.reward.format.internal.FormatReward"),
            "progress", create("io.envtune.reward.progress.internal.ProgressReward"));
        TrainingRun run = new TrainingRun(config, new TaskPool(train, validation, Map.of()), curriculum, policy,
            new TrainingRun.Services(envs::get, AugmenterChain.EMPTY, rewards::get), line -> { });
        return run.run(resume);
    }

    @Test
    public void theLoopLearnsWalksTheStagesAndWritesItsRunFolder() throws Exception {
        load();
        Path dir = tmp.getRoot().toPath().resolve("run");
        StrategyPolicy policy = new StrategyPolicy(byQuestion, envs::get, 4.0);
        Summary s = run(dir, 12, policy, null);
        assertEquals(12, s.steps());
        assertTrue("progress rose: " + s.progress_before() + " -> " + s.progress_after(),
            s.progress_after() > s.progress_before() + 0.2);
        assertTrue("measured when stage 1 ended", s.format_validity_after_stage1() >= 0
            && s.format_validity_after_stage1() <= 1);
        assertEquals("S4-all-standard", s.final_stage());
        for (String f : List.of("summary.json", "metrics.jsonl", "state.json", "curriculum.json",
            "records/step-00012.jsonl", "checkpoints/step-00012/logits.txt")) {
            assertTrue(f, Files.exists(dir.resolve(f)));
        }
        assertEquals(12, new RunFolder(dir).readMetrics(Long.MAX_VALUE).size());
    }

    @Test
    public void aResumedRunContinuesFromItsLastCheckpoint() throws Exception {
        load();
        Path dir = tmp.getRoot().toPath().resolve("resumed");
        run(dir, 5, new StrategyPolicy(byQuestion, envs::get, 4.0), null);
        RunFolder folder = new RunFolder(dir);
        RunState state = TrainingRun.resumeState(folder);
        assertEquals(5, state.step());
        StrategyPolicy fresh = new StrategyPolicy(byQuestion, envs::get, 4.0);
        fresh.load(TrainingRun.checkpointDir(folder, state));
        Summary s = run(dir, 8, fresh, state);
        assertEquals(8, s.steps());
        List<StepLog> metrics = folder.readMetrics(Long.MAX_VALUE);
        assertEquals(8, metrics.size());
        for (int i = 0; i < metrics.size(); i++) {
            assertEquals(i + 1, metrics.get(i).step());
        }
    }
}
