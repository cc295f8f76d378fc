package io.envtune.train;

import io.envtune.api.PromotionRule;
import io.envtune.api.Stage;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.runtime.EmptyTurnCalls;
import java.util.List;

/**
 * A named set of training defaults: the curriculum and the knobs a run takes when the user gives none. Two profiles
 * exist today: {@link #builtin()} for the built-in tasks and {@link #bfcl()} for the benchmark. <b>The paper's
 * profile</b> (its exact hyper-parameters, a separate issue) belongs here too, as another factory beside these, so
 * that no face ever holds training defaults. Immutable.
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
 */
public record TrainProfile(String name, List<Stage> stages, int groupSize, int batchTasks, int validateEvery,
                           double temperature, int checkpointEvery, int threads, EmptyTurnCalls emptyTurnCalls) {

    /**
     * The built-in curriculum's rule: 4 to 6 steps per stage, promoted early when validation progress has been flat
     * (within 0.02) over the last 2 validations and the gradient norm stable (within 50%) over the last 2 steps, so
     * that a stage which teaches nothing (no group with a reward spread) does not use up the run.
     */
    public static final PromotionRule BUILTIN_RULE = new PromotionRule(2, 0.02, 0.5, 4, 6);

    /** Copies the stages. */
    public TrainProfile {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a training profile needs at least one stage");
        }
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
            threads, emptyTurnCalls);
    }

    /** @return the steps a run takes when not told: every stage's most steps, summed */
    public int defaultSteps() {
        return stages.stream().mapToInt(s -> s.promotion().maxSteps()).sum();
    }
}
