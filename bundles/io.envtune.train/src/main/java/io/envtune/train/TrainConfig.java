package io.envtune.train;

import io.envtune.runtime.EmptyTurnCalls;
import java.nio.file.Path;

/**
 * The knobs of a training run.
 *
 * @param runDir the run folder (configuration, metrics, records, checkpoints, summary)
 * @param maxSteps the total number of training steps over all stages
 * @param groupSize rollouts per task in a GRPO group (the paper: 16)
 * @param batchTasks tasks per step (the paper: 16 in stage 1, 32 after)
 * @param seed the seed of task sampling and policy sampling
 * @param temperature the sampling temperature of rollouts
 * @param validateEvery run validation every this many steps (and at each stage's end)
 * @param checkpointEvery write a checkpoint every this many steps
 * @param threads rollout worker threads
 * @param emptyTurnCalls calls in empty-ground-truth turns: executed (paper) or skipped with a warning (code)
 * @param dataDir the BFCL data folder for long-context tasks, or null
 * @param validationSamples episodes per validation task in the before/after measurement (at least 1; default 4)
 * @param stagePlan the promotion metric and per-stage batch sizes and trajectory budgets
 *                  ({@link StagePlan#DEFAULT}: progress, {@code batchTasks} everywhere, no trajectory budget)
 */
public record TrainConfig(Path runDir, int maxSteps, int groupSize, int batchTasks, long seed, double temperature,
                          int validateEvery, int checkpointEvery, int threads, EmptyTurnCalls emptyTurnCalls,
                          Path dataDir, int validationSamples, StagePlan stagePlan) {

    /** Episodes per validation task before and after training unless configured otherwise. */
    public static final int VALIDATION_SAMPLES = 4;

    /** Validates the numbers. */
    public TrainConfig {
        if (maxSteps < 1 || groupSize < 1 || batchTasks < 1 || validateEvery < 1 || checkpointEvery < 1
            || validationSamples < 1) {
            throw new IllegalArgumentException("steps, group size, batch, validateEvery, checkpointEvery and "
                + "validation samples must be positive");
        }
        stagePlan = stagePlan == null ? StagePlan.DEFAULT : stagePlan;
    }

    /** The knobs with the default stage plan (the 3.0 form). */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public TrainConfig(Path runDir, int maxSteps, int groupSize, int batchTasks, long seed, double temperature,
                       int validateEvery, int checkpointEvery, int threads, EmptyTurnCalls emptyTurnCalls,
                       Path dataDir, int validationSamples) {
        this(runDir, maxSteps, groupSize, batchTasks, seed, temperature, validateEvery, checkpointEvery, threads,
            emptyTurnCalls, dataDir, validationSamples, StagePlan.DEFAULT);
    }

    /** The knobs with {@link #VALIDATION_SAMPLES} episodes per validation task. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public TrainConfig(Path runDir, int maxSteps, int groupSize, int batchTasks, long seed, double temperature,
                       int validateEvery, int checkpointEvery, int threads, EmptyTurnCalls emptyTurnCalls,
                       Path dataDir) {
        this(runDir, maxSteps, groupSize, batchTasks, seed, temperature, validateEvery, checkpointEvery, threads,
            emptyTurnCalls, dataDir, VALIDATION_SAMPLES);
    }

    /**
     * @param k episodes per validation task before and after training
     * @return these knobs with that count
     */
    public TrainConfig withValidationSamples(int k) {
        return new TrainConfig(runDir, maxSteps, groupSize, batchTasks, seed, temperature, validateEvery,
            checkpointEvery, threads, emptyTurnCalls, dataDir, k, stagePlan);
    }
}
