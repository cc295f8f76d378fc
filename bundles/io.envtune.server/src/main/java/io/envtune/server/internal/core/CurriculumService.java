package io.envtune.server.internal.core;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.Stage;
import io.envtune.api.StepMetrics;
import io.envtune.api.Task;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import java.util.List;

/**
 * The curriculum operations of the service: the current stage, a stage's task list, reporting a training step's
 * metrics (which may promote) and manual promotion. The scheduler is read from the plug-ins at each call.
 */
public final class CurriculumService {

    private final Plugins plugins;
    private final TaskCatalog catalog;
    /** The last step observed over HTTP, so steps must increase (guarded by this). */
    private long lastStep = -1;

    /**
     * @param plugins where the scheduler is found
     * @param catalog where a stage's tasks are found
     */
    public CurriculumService(Plugins plugins, TaskCatalog catalog) {
        this.plugins = plugins;
        this.catalog = catalog;
    }

    /**
     * The curriculum's position.
     *
     * @param index the current stage's index
     * @param current the current stage
     * @param stages every stage in order
     */
    public record Position(int index, Stage current, List<Stage> stages) {
    }

    /**
     * A stage with its tasks.
     *
     * @param stage the stage
     * @param taskIds the ids of its tasks, in a stable order
     */
    public record StageTasks(Stage stage, List<String> taskIds) {
    }

    /**
     * The outcome of reporting metrics.
     *
     * @param promoted whether this report moved to the next stage
     * @param position where the curriculum is now
     */
    public record Observed(boolean promoted, Position position) {
    }

    /** @return the current position */
    public Position position() {
        CurriculumScheduler c = scheduler();
        Stage current = c.current();
        return new Position(c.stages().indexOf(current), current, c.stages());
    }

    /**
     * A stage's tasks by the platform's rule ({@link io.envtune.platform.TaskPool#stageTasks}) over the training part
     * of the catalog's split with the shared default seed, so the held-out test tasks never appear.
     *
     * @param stageName a stage name, or null or {@code current} for the current stage
     * @return the stage and its task ids
     */
    public StageTasks tasks(String stageName) {
        scheduler();
        Stage stage = EpisodeSettings.stage(stageName, plugins);
        List<Task> tasks = catalog.pool(TaskCatalog.DEFAULT_SEED).stageTasks(stage);
        return new StageTasks(stage, tasks.stream().map(Task::id).toList());
    }

    /**
     * @param metrics a training step's metrics
     * @return whether it promoted, and the position now
     */
    public synchronized Observed observe(StepMetrics metrics) {
        if (metrics.step() <= lastStep) {
            // A step sent twice or out of order would count twice toward promotion.
            throw new ServiceError(ServiceError.Kind.BAD_REQUEST, "step must increase: " + metrics.step()
                + " is not after the last observed step " + lastStep);
        }
        boolean promoted = scheduler().observe(metrics);
        lastStep = metrics.step();
        return new Observed(promoted, position());
    }

    /**
     * Promotes now (the last stage stays current).
     *
     * @return whether the stage changed, and the position now
     */
    public Observed promote() {
        CurriculumScheduler c = scheduler();
        Stage before = c.current();
        Stage after = c.promote();
        return new Observed(!after.equals(before), position());
    }

    private CurriculumScheduler scheduler() {
        return plugins.curriculum().orElseThrow(() -> new ServiceError(ServiceError.Kind.UNAVAILABLE,
            "no curriculum scheduler is registered"));
    }
}
