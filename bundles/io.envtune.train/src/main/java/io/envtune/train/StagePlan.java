package io.envtune.train;

import io.envtune.api.Stage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a profile says about its stages beyond the {@link Stage} records: which validation figure the promotion rule
 * watches, and per stage (by name) the tasks per step and the trajectory token budget. A stage it does not name
 * (a user's {@code --stages} file) takes the run's batch and no trajectory budget. Immutable.
 *
 * @param promotionMetric the validation figure the plateau rule reads
 * @param stages per stage name, its settings
 */
public record StagePlan(Metric promotionMetric, Map<String, Settings> stages) {

    /** Promotion on validation progress, one batch size for every stage, no trajectory budget. */
    public static final StagePlan DEFAULT = new StagePlan(Metric.PROGRESS, Map.of());

    /** The validation figure promotion is judged on. */
    public enum Metric {
        /** Mean progress (share of passed turns): moves before whole tasks pass, so short runs can promote. */
        PROGRESS,
        /** BFCL accuracy (share of tasks whose every turn passed): the paper's Remark 3.1. */
        ACCURACY
    }

    /**
     * One stage's settings.
     *
     * @param batchTasks tasks per step, 0 for the run's
     * @param trajectoryTokens the most tokens the policy may generate over one episode, 0 for none
     */
    public record Settings(int batchTasks, int trajectoryTokens) {

        /** Rejects negative numbers. */
        public Settings {
            if (batchTasks < 0 || trajectoryTokens < 0) {
                throw new IllegalArgumentException("batchTasks and trajectoryTokens must be >= 0 (0: the run's / "
                    + "none), were " + batchTasks + " and " + trajectoryTokens);
            }
        }
    }

    /** Keeps the stage order and copies the map. */
    public StagePlan {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /**
     * @param stage a stage
     * @param runBatch the run's tasks per step
     * @return the stage's tasks per step
     */
    public int batchTasks(Stage stage, int runBatch) {
        Settings s = stages.get(stage.name());
        return s == null || s.batchTasks() == 0 ? runBatch : s.batchTasks();
    }

    /**
     * @param stage a stage
     * @return its trajectory token budget, 0 for none
     */
    public int trajectoryTokens(Stage stage) {
        Settings s = stages.get(stage.name());
        return s == null ? 0 : s.trajectoryTokens();
    }

    /** @return this plan with every stage on the run's batch (a {@code --batch} given by the user wins) */
    public StagePlan withoutBatches() {
        Map<String, Settings> out = new LinkedHashMap<>();
        stages.forEach((k, v) -> out.put(k, new Settings(0, v.trajectoryTokens())));
        return new StagePlan(promotionMetric, out);
    }
}
