package io.envtune.train;

import io.envtune.platform.TaskPool;

import io.envtune.api.ChatMessage;
import io.envtune.api.PromotionRule;
import io.envtune.api.RewardFunction;
import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EmptyTurnCalls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Two domains' built-in tasks, their environments and rewards, and a short curriculum, for training-loop tests. */
final class BuiltinFixture {

    final Map<String, ToolEnvironment> envs = new HashMap<>();
    final Map<String, List<Task>> train = new LinkedHashMap<>();
    final Map<String, List<Task>> validation = new LinkedHashMap<>();
    final Map<String, Task> byQuestion = new HashMap<>();
    final Map<String, RewardFunction> rewards;
    /** The held-out test part of the pool; empty unless a test sets it. */
    Map<String, List<Task>> test = Map.of();
    /** The stage plan of the runs; the default unless a test sets it. */
    StagePlan plan = StagePlan.DEFAULT;

    BuiltinFixture() {
        for (String d : List.of("filesystem.internal.FileSystem", "math.internal.Math")) {
            ToolEnvironment env = create("io.envtune.env." + d + "Environment");
            envs.put(env.id(), env);
            TaskSource source = create("io.envtune.env." + d + "Tasks");
            source.tasks().forEach(t -> train.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
            source.validation().forEach(t -> validation.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
        }
        for (Map<String, List<Task>> m : List.of(train, validation)) {
            m.values().forEach(ts -> ts.forEach(t -> byQuestion.put(t.turns().get(0).messages().stream()
                .map(ChatMessage::content).collect(Collectors.joining("\n")), t)));
        }
        rewards = Map.of("format", create("io.envtune.reward.format.internal.FormatReward"),
            "progress", create("io.envtune.reward.progress.internal.ProgressReward"),
            "success", create("io.envtune.reward.success.internal.SuccessReward"));
    }

    static <T> T create(String cls) {
        try {
            @SuppressWarnings("unchecked")
            T t = (T) Class.forName(cls).getConstructor().newInstance();
            return t;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    StrategyPolicy policy() {
        return new StrategyPolicy(byQuestion, envs::get, 4.0);
    }

    /** Runs (or resumes) a run in {@code dir} up to {@code steps}, loading the checkpoint when resuming. */
    Summary run(Path dir, int steps, StrategyPolicy policy, boolean resume) throws Exception {
        return run(dir, steps, policy, resume, stages(), 11);
    }

    /** The short four-stage curriculum of these tests. */
    static List<Stage> stages() {
        return PaperCurriculum.stages(4, 64, new PromotionRule(2, 0.02, 10, 2, 3));
    }

    /** As {@link #run(Path, int, StrategyPolicy, boolean)} with given stages and seed. */
    Summary run(Path dir, int steps, StrategyPolicy policy, boolean resume, List<Stage> stages, long seed)
        throws java.io.IOException {
        RunFolder folder = new RunFolder(dir);
        RunState state = resume ? TrainingRun.resumeState(folder) : null;
        if (state != null && state.checkpoint() != null) {
            policy.load(TrainingRun.checkpointDir(folder, state));
        }
        Curriculum curriculum = new Curriculum(stages, folder.curriculumState());
        TrainConfig config = new TrainConfig(dir, steps, 4, 2, seed, 1.0, 1, 1, 2, EmptyTurnCalls.EXECUTE, null,
            TrainConfig.VALIDATION_SAMPLES, plan);
        TrainingRun run = new TrainingRun(config, new TaskPool(train, validation, test), curriculum, policy,
            new TrainingRun.Services(envs::get, AugmenterChain.EMPTY, rewards::get), line -> { });
        return run.run(state);
    }
}
