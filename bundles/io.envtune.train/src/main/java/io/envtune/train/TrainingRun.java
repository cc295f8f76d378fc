package io.envtune.train;


import io.envtune.api.EpisodeRecord;
import io.envtune.api.RewardFunction;
import io.envtune.api.ScoredGroup;
import io.envtune.api.Stage;
import io.envtune.api.StepMetrics;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TrainablePolicy;
import io.envtune.api.UpdateStats;
import io.envtune.curriculum.Curriculum;
import io.envtune.platform.TaskPool;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.train.internal.FaultFilter;
import io.envtune.train.internal.GroupScorer;
import io.envtune.train.internal.RewardLedger;
import io.envtune.train.internal.StageSampler;
import io.envtune.train.internal.StepValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One Environment-Tuning run: per step, draw the current stage's tasks, play {@code groupSize} rollouts of each,
 * score them with the stage's rewards, update the policy with GRPO, validate, let the curriculum decide on promotion,
 * log, and checkpoint the policy together with the curriculum state. A killed run resumes from its last checkpoint
 * ({@link #resumeState(RunFolder)}) and loses only the step in progress.
 */
public final class TrainingRun {

    /**
     * The services a run uses.
     *
     * @param lookup the environment of each class id
     * @param augmenters the hint chain for augmented stages
     * @param rewards the reward functions by name
     */
    public record Services(Function<String, ToolEnvironment> lookup, AugmenterChain augmenters,
                           Function<String, RewardFunction> rewards) {
    }

    private static final String PROMOTE_REQUEST = "promote.request";

    private final TrainConfig config;
    private final TaskPool pool;
    private final Curriculum curriculum;
    private final TrainablePolicy policy;
    private final Services services;
    private final RunFolder folder;
    private final Consumer<String> out;

    /**
     * @param config the knobs
     * @param pool the tasks
     * @param curriculum the curriculum, persisting to {@link RunFolder#curriculumState()}
     * @param policy the policy to train (already loaded from the checkpoint when resuming)
     * @param services environments, augmenters, rewards
     * @param out where progress lines go
     */
    public TrainingRun(TrainConfig config, TaskPool pool, Curriculum curriculum, TrainablePolicy policy,
                       Services services, Consumer<String> out) {
        this.config = config;
        this.pool = pool;
        this.curriculum = curriculum;
        this.policy = policy;
        this.services = services;
        this.folder = new RunFolder(config.runDir());
        this.out = out;
    }

    /**
     * Prepares a run folder for resuming: puts the last checkpoint's curriculum state back in place, so the
     * curriculum and the policy restart from the same step.
     *
     * @param folder the run folder
     * @return the state of the last complete step, or null for a fresh run
     * @throws IOException when the files cannot be read or restored
     */
    public static RunState resumeState(RunFolder folder) throws IOException {
        folder.removeStaleTemporaries();
        RunState state = folder.readJson("state.json", RunState.class);
        if (state != null && state.checkpoint() != null) {
            Path saved = checkpointDir(folder, state).resolve("curriculum.json");
            if (Files.exists(saved)) {
                Files.copy(saved, folder.curriculumState(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return state;
    }

    /**
     * Asks a run (in this or another process) to promote to the next stage at the start of its next step.
     *
     * @param folder the run folder
     * @throws IOException when the request cannot be written
     */
    public static void requestPromotion(RunFolder folder) throws IOException {
        io.envtune.runtime.AtomicFiles.writeString(folder.dir().resolve(PROMOTE_REQUEST), "next\n");
    }

    /**
     * @param folder the run folder
     * @param state a state with a checkpoint
     * @return the checkpoint folder to load the policy from
     */
    public static Path checkpointDir(RunFolder folder, RunState state) {
        return folder.dir().resolve("checkpoints").resolve(state.checkpoint());
    }

    /**
     * Trains until {@code maxSteps}.
     *
     * @param resumed the state to resume from, or null for a fresh run
     * @return the summary (also written to {@code summary.json})
     * @throws IOException when a run file cannot be written
     */
    public Summary run(RunState resumed) throws IOException {
        // A resumed run's clock starts as far back as the wall time already spent, so walls add up once.
        long started = System.nanoTime() - (resumed == null ? 0 : (long) (resumed.wallSeconds() * 1e9));
        RunState state = resumed != null ? resumed : fresh();
        List<StepLog> history = folder.readMetrics(state.step());
        try (RolloutExecutor executor = new RolloutExecutor(config.threads(), 64)) {
            Episodes episodes = new Episodes(executor, services, config);
            while (state.step() < config.maxSteps()) {
                state = step(episodes, state, history, started);
            }
            Summary summary = summarize(episodes, state, history, started);
            folder.writeJson("summary.json", summary);
            return summary;
        }
    }

    private RunState fresh() throws IOException {
        Files.createDirectories(folder.dir());
        out.accept("measuring the untrained policy on " + pool.allTrain().size() + " training tasks and "
            + pool.allValidation().size() + " validation tasks x " + config.validationSamples() + " samples"
            + (pool.allTest().isEmpty() ? "" : " and " + pool.allTest().size() + " held-out test tasks x "
            + config.validationSamples() + " samples")
            + (policy.constrained() ? ", with and without constrained decoding" : ""));
        try (RolloutExecutor executor = new RolloutExecutor(config.threads(), 64)) {
            Episodes episodes = new Episodes(executor, services, config);
            RunState s = new Measurements(episodes, pool, config, folder).initial(policy, lastStage());
            // curriculum.json before state.json: a run killed between the two must never hold a state without the
            // curriculum it was at (a resume would then restart the curriculum from scratch).
            curriculum.save();
            folder.writeJson("state.json", s);
            return s;
        }
    }

    private Stage lastStage() {
        return curriculum.stages().get(curriculum.stages().size() - 1);
    }

    private RunState step(Episodes episodes, RunState state, List<StepLog> history, long started)
        throws IOException {
        StepClock clock = new StepClock();
        long step = state.step() + 1;
        if (Files.deleteIfExists(folder.dir().resolve(PROMOTE_REQUEST))) {
            out.accept("manual promotion: " + curriculum.current().name() + " -> " + curriculum.promote().name());
        }
        Stage stage = curriculum.current();
        int stageIndex = curriculum.currentIndex();
        List<Task> stageTasks = pool.stageTasks(stage);
        List<Task> batch = StageSampler.batch(stageTasks, curriculum.stepsInStage(),
            config.stagePlan().batchTasks(stage, config.batchTasks()), config.seed());
        List<Rollout> rollouts = episodes.train(policy, batch, stage, step);
        clock.lap(StepClock.Phase.ROLLOUT);
        GroupScorer.Scores scores = GroupScorer.score(rollouts, config.groupSize(), stage, services.rewards());
        FaultFilter.Result kept = FaultFilter.apply(scores.groups());
        clock.lap(StepClock.Phase.SCORING);
        UpdateStats stats = policy.update(kept.groups());
        clock.lap(StepClock.Phase.UPDATE);
        List<EpisodeRecord> records = rollouts.stream().map(Rollout::record).toList();
        Evaluation trainEval = Evaluation.of(batch, records);
        Evaluation validation = null;
        if (step % config.validateEvery() == 0 || step == config.maxSteps()) {
            validation = episodes.evaluate(policy,
                StepValidation.subset(pool.validationTasks(stage.splits()), config.seed()), stage);
        }
        double[] rewards = GroupScorer.rewards(kept.groups());
        double valProgress = validation == null ? Double.NaN : validation.progress().value();
        boolean promoted = curriculum.observe(new StepMetrics(step, Stats.mean(rewards), stats.gradNorm(),
            promotionFigure(config.stagePlan(), validation)));
        double formatAfterS1 = state.formatValidityAfterStage1();
        if (promoted && stageIndex == 0) {
            formatAfterS1 = episodes.evaluate(policy.unconstrained(), stageTasks, stage).formatValidity().value();
        }
        clock.lap(StepClock.Phase.VALIDATION);
        StepLog log = new StepLog(step, stage.name(), Stats.mean(rewards), Stats.std(rewards),
            trainEval.progress().value(), trainEval.formatValidity().value(), stats.kl(), stats.entropy(),
            stats.clipFraction(), stats.gradNorm(), stats.tokens(), stats.zeroSignalGroups(), valProgress,
            clock.seconds(), promoted, trainEval.success().value(), trainEval.toolTurnAccuracy().value(),
            trainEval.answerTurnAccuracy().value(), kept.faulted().size(),
            validation == null ? Double.NaN : validation.toolTurnAccuracy().value(), clock.time(),
            RewardLedger.componentMeans(scores.ledger()));
        history.add(log);
        folder.writeRecords(step, records, scores.ledger().stream().map(RewardLedger.Entry::reward).toList());
        folder.writeMetrics(history);
        out.accept(Progress.line(log, config.maxSteps(), history));
        return checkpoint(state, step, formatAfterS1, started);
    }

    /** The validation figure the plateau rule reads: progress, or accuracy under the paper's profile; NaN if none. */
    static double promotionFigure(StagePlan plan, Evaluation validation) {
        if (validation == null) {
            return Double.NaN;
        }
        return plan.promotionMetric() == StagePlan.Metric.ACCURACY ? validation.success().value()
            : validation.progress().value();
    }

    private RunState checkpoint(RunState state, long step, double formatAfterS1, long started) throws IOException {
        double wall = (System.nanoTime() - started) / 1e9;
        String name = state.checkpoint();
        if (step % config.checkpointEvery() == 0 || step == config.maxSteps()) {
            Path staged = folder.stagingCheckpoint(step);
            policy.save(staged);
            Files.copy(folder.curriculumState(), staged.resolve("curriculum.json"),
                StandardCopyOption.REPLACE_EXISTING);
            name = folder.commitCheckpoint(step, staged).getFileName().toString();
        }
        RunState next = state.advance(step, name, formatAfterS1, wall);
        folder.writeJson("state.json", next);
        if (name != null) {
            folder.pruneCheckpoints(name);
        }
        return next;
    }

    private Summary summarize(Episodes episodes, RunState state, List<StepLog> history, long started)
        throws IOException {
        Measurements.Final end = new Measurements(episodes, pool, config, folder).last(policy, lastStage(), state);
        Map<String, Long> perStage = new LinkedHashMap<>();
        curriculum.stages().forEach(s -> perStage.put(s.name(), 0L));
        history.forEach(h -> perStage.merge(h.stage(), 1L, Long::sum));
        double wall = (System.nanoTime() - started) / 1e9;
        String last = state.checkpoint() == null ? null
            : checkpointDir(folder, state).toAbsolutePath().toString();
        Evaluation before = state.before();
        Evaluation after = end.train();
        return new Summary(wall, policy.constrained(), new Summary.ModelInfo(policy.name(), last), state.step(),
            curriculum.current().name(), perStage, state.formatValidityAfterStage1(), end.summary(),
            Figures.of(before, policy.constrained()), Figures.of(after, policy.constrained()),
            before.progress().value(), after.progress().value(), state.validationBefore().progress().value(),
            end.validation().progress().value(), before.success().value(), after.success().value(),
            before.formatValidity().value(), after.formatValidity().value(), SplitChange.of(before, after),
            SplitChange.of(state.validationBefore(), end.validation()), end.test());
    }
}
