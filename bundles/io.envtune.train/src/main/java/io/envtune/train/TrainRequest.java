package io.envtune.train;

import java.nio.file.Path;

/**
 * What a user asks a training run for: a profile of defaults plus the few numbers they may override (0 = the
 * profile's). The faces build one from their options; {@link #config(Path)} turns it into the run's knobs, so no
 * face repeats a default. Immutable.
 *
 * @param profile the defaults
 * @param steps total steps, or 0 for {@link TrainProfile#defaultSteps()}
 * @param groupSize rollouts per group, or 0 for the profile's
 * @param batchTasks tasks per step in every stage, or 0 for the profile's (which may differ by stage)
 * @param seed the seed of the task split, task sampling and policy sampling
 * @param runDir the run folder
 */
public record TrainRequest(TrainProfile profile, int steps, int groupSize, int batchTasks, long seed, Path runDir) {

    /** Rejects negative numbers (0 means "the profile's"). */
    public TrainRequest {
        if (steps < 0 || groupSize < 0 || batchTasks < 0) {
            throw new IllegalArgumentException("--steps, --group-size and --batch must be positive (or left out)");
        }
    }

    /**
     * @param dataDir the BFCL data folder for long-context tasks, or null
     * @return the run's knobs
     */
    public TrainConfig config(Path dataDir) {
        return new TrainConfig(runDir, steps > 0 ? steps : profile.defaultSteps(),
            groupSize > 0 ? groupSize : profile.groupSize(), batchTasks > 0 ? batchTasks : profile.batchTasks(), seed,
            profile.temperature(), profile.validateEvery(), profile.checkpointEvery(), profile.threads(),
            profile.emptyTurnCalls(), dataDir, TrainConfig.VALIDATION_SAMPLES,
            batchTasks > 0 ? profile.stagePlan().withoutBatches() : profile.stagePlan());
    }
}
