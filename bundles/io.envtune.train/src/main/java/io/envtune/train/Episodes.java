package io.envtune.train;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.api.TrainablePolicy;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeOverrides;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Rollouts with one stage's settings: GRPO groups for training (segments kept) and single episodes for evaluation. */
final class Episodes {

    private final RolloutExecutor executor;
    private final TrainingRun.Services services;
    private final TrainConfig config;

    Episodes(RolloutExecutor executor, TrainingRun.Services services, TrainConfig config) {
        this.executor = executor;
        this.services = services;
        this.config = config;
    }

    /** Plays {@code groupSize} episodes of every task, sampling with a seed that changes every step. */
    List<Rollout> train(TrainablePolicy policy, List<Task> batch, Stage stage, long step) {
        List<Task> grouped = new ArrayList<>();
        batch.forEach(t -> {
            for (int i = 0; i < config.groupSize(); i++) {
                grouped.add(t);
            }
        });
        return executor.runAll(grouped, t -> policy, plan(stage, config.seed() + step, true));
    }

    /** One episode per task with the run's fixed evaluation seed, so before and after sample alike. */
    Evaluation evaluate(Policy policy, List<Task> tasks, Stage stage) {
        return Evaluation.of(tasks, records(policy, tasks, stage));
    }

    /** As {@link #evaluate(Policy, List, Stage)}, keeping the records as {@code records/eval-NAME.jsonl}. */
    Evaluation evaluate(Policy policy, List<Task> tasks, Stage stage, RunFolder folder, String name)
        throws IOException {
        List<EpisodeRecord> records = records(policy, tasks, stage);
        folder.writeEvalRecords(name, records);
        return Evaluation.of(tasks, records);
    }

    /**
     * Episodes for a held-out measurement, under BFCL's evaluation settings (standard feedback, prompt B, 20 steps
     * per turn: the conditions of the paper's Table 1) with the stage's response budget; greedy for one episode per
     * task, else sampled at temperature 1, as {@code envtune:eval} plays them. Records go to
     * {@code records/eval-NAME.jsonl}.
     */
    List<EpisodeRecord> heldOut(Policy policy, List<Task> tasks, Stage stage, RunFolder folder, String name)
        throws IOException {
        EpisodeConfig ec = EpisodeConfig.of(null, EpisodeOverrides.of(config.emptyTurnCalls(), config.dataDir()));
        SamplingParams sp = new SamplingParams(1, config.validationSamples() > 1 ? 1.0 : 0, 1.0, 0,
            stage.responseBudget(), List.of(), config.seed());
        List<EpisodeRecord> records = executor.runAll(tasks, t -> policy, new RolloutExecutor.Plan(ec,
            services.lookup(), services.augmenters(), sp, false)).stream().map(Rollout::record).toList();
        folder.writeEvalRecords(name, records);
        return records;
    }

    private List<EpisodeRecord> records(Policy policy, List<Task> tasks, Stage stage) {
        return executor.runAll(tasks, t -> policy, plan(stage, config.seed(), false)).stream()
            .map(Rollout::record).toList();
    }

    private RolloutExecutor.Plan plan(Stage stage, long seed, boolean keepSegments) {
        EpisodeConfig ec = EpisodeConfig.of(stage, EpisodeOverrides.of(config.emptyTurnCalls(), config.dataDir()));
        SamplingParams sp = new SamplingParams(1, config.temperature(), 1.0, 0, stage.responseBudget(), List.of(),
            seed);
        return new RolloutExecutor.Plan(ec, services.lookup(), services.augmenters(), sp, keepSegments,
            config.stagePlan().trajectoryTokens(stage));
    }
}
