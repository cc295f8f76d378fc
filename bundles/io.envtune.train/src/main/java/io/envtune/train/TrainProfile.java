package io.envtune.train;

import io.envtune.api.PromotionRule;
import io.envtune.api.Stage;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.runtime.EmptyTurnCalls;
import java.util.List;

/**
 * A named set of training defaults: the curriculum and the knobs a run takes when the user gives none. The built-in
 * defaults are {@link #builtin()} for the built-in tasks and {@link #bfcl()} for the benchmark; {@link #paper()} is
 * the paper's and its released code's settings. Every profile lives here, so that no face ever holds training
 * defaults. Immutable.
 *
 * @param name the profile's name, recorded in the run's configuration
 * @param stages the curriculum
 * @param groupSize rollouts per task in a GRPO group
 * @param batchTasks tasks per step
 * @param validateEvery validate every this many steps
 * @param temperature the sampling temperature of rollouts
 * @param checkpointEvery write a checkpoint every this many steps
 * @param threads rollout worker threads
 * @param emptyTurnCalls calls in empty-ground-truth turns: executed (paper) or skipped (released code)
 * @param stagePlan the validation figure promotion watches, and per-stage batch sizes and trajectory token budgets
 */
public record TrainProfile(String name, List<Stage> stages, int groupSize, int batchTasks, int validateEvery,
                           double temperature, int checkpointEvery, int threads, EmptyTurnCalls emptyTurnCalls,
                           StagePlan stagePlan) {

    /**
     * The built-in curriculum's rule: 4 to 6 steps per stage, promoted early when validation progress has been flat
     * (within 0.02) over the last 2 validations and the gradient norm stable (within 50%) over the last 2 steps, so
     * that a stage which teaches nothing (no group with a reward spread) does not use up the run.
     */
    public static final PromotionRule BUILTIN_RULE = new PromotionRule(2, 0.02, 0.5, 4, 6);

    /** The names {@link #named(String, boolean)} takes, as {@code envtune:train --profile} lists them. */
    public static final List<String> NAMES = List.of("builtin", "paper");

    /** Copies the stages. */
    public TrainProfile {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a training profile needs at least one stage");
        }
        stagePlan = stagePlan == null ? StagePlan.DEFAULT : stagePlan;
    }

    /**
     * A profile that promotes on validation progress with one batch size and no trajectory budget (the 3.0 form).
     *
     * @param name the profile's name
     * @param stages the curriculum
     * @param groupSize rollouts per task in a GRPO group
     * @param batchTasks tasks per step
     * @param validateEvery validate every this many steps
     * @param temperature the sampling temperature of rollouts
     * @param checkpointEvery write a checkpoint every this many steps
     * @param threads rollout worker threads
     * @param emptyTurnCalls calls in empty-ground-truth turns
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public TrainProfile(String name, List<Stage> stages, int groupSize, int batchTasks, int validateEvery,
                        double temperature, int checkpointEvery, int threads, EmptyTurnCalls emptyTurnCalls) {
        this(name, stages, groupSize, batchTasks, validateEvery, temperature, checkpointEvery, threads,
            emptyTurnCalls, StagePlan.DEFAULT);
    }

    /**
     * @param name {@code builtin} (the built-in defaults: {@link #bfcl()} on the benchmark, else {@link #builtin()})
     *             or {@code paper} ({@link #paper()}); {@code bfcl} (the name a run records) also names {@link #bfcl()}
     * @param benchmark whether the run trains on the BFCL data set
     * @return the profile
     * @throws IllegalArgumentException for another name, listing {@link #NAMES}
     */
    public static TrainProfile named(String name, boolean benchmark) {
        return switch (name) {
            case "builtin" -> benchmark ? bfcl() : builtin();
            case "bfcl" -> bfcl();
            case "paper" -> PaperProfile.create();
            default -> throw new IllegalArgumentException("no training profile '" + name + "'; profiles: "
                + String.join(", ", NAMES));
        };
    }

    /**
     * The paper's and its released code's settings ({@link PaperProfile}): promotion on validation accuracy, group
     * 16, batch 16 in stage 1 and 32 after, validation every step, a checkpoint every 5 steps, at most 6 assistant
     * messages per user turn, 10,000 / 24,576 tokens per trajectory, 80 / 60 / 240 / 240 steps at most per stage.
     *
     * @return the profile
     */
    public static TrainProfile paper() {
        return PaperProfile.create();
    }

    /**
     * The built-in tasks (the main job): a short four-stage curriculum sized for a tiny model on a 2-core CPU
     * (syntax subset 10, response budget 128, 3 steps per turn), group 4, batch 3, validation every 2nd step so the
     * promotion rule (a plateau over 2 validations) can fire within a short stage.
     *
     * @return the profile
     */
    public static TrainProfile builtin() {
        return new TrainProfile("builtin", PaperCurriculum.stages(10, 128, 3, BUILTIN_RULE), 4, 3, 2, 1.0, 1, 2,
            EmptyTurnCalls.EXECUTE);
    }

    /**
     * BFCL: the paper's four stages and batch sizes (group 16, batch 32), validation every 4 steps.
     *
     * @return the profile
     */
    public static TrainProfile bfcl() {
        return new TrainProfile("bfcl", PaperCurriculum.stages(), 16, 32, 4, 1.0, 1, 2, EmptyTurnCalls.EXECUTE);
    }

    /**
     * @param other stages from a user's file
     * @return this profile with those stages
     */
    public TrainProfile withStages(List<Stage> other) {
        return new TrainProfile(name, other, groupSize, batchTasks, validateEvery, temperature, checkpointEvery,
            threads, emptyTurnCalls, stagePlan);
    }

    /**
     * @param plan a stage plan (a resumed run's, as recorded)
     * @param batch the run's tasks per step
     * @return this profile with that plan and batch
     */
    public TrainProfile with(StagePlan plan, int batch) {
        return new TrainProfile(name, stages, groupSize, batch, validateEvery, temperature, checkpointEvery, threads,
            emptyTurnCalls, plan);
    }

    /** @return the steps a run takes when not told: every stage's most steps, summed */
    public int defaultSteps() {
        return stages.stream().mapToInt(s -> s.promotion().maxSteps()).sum();
    }
}
