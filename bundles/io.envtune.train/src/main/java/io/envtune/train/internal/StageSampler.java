package io.envtune.train.internal;

import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.train.TaskPool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Chooses each step's tasks for a stage: the stage's splits (cut to its subset size with a seeded shuffle), walked
 * in seeded epochs so every task is seen before any repeats. Deterministic in (seed, stage, step), so a resumed run
 * draws the same tasks it would have drawn.
 */
public final class StageSampler {

    private StageSampler() {
    }

    /**
     * @param pool the run's tasks
     * @param stage the stage
     * @return the stage's task set
     */
    public static List<Task> stageTasks(TaskPool pool, Stage stage) {
        List<Task> all = new ArrayList<>(pool.trainTasks(stage.splits()));
        if (stage.subsetSize() > 0 && stage.subsetSize() < all.size()) {
            // The syntax stage uses the easiest tasks: fewest turns first (the paper's "easy, small volume").
            all.sort((a, b) -> Integer.compare(a.turns().size(), b.turns().size()));
            return all.subList(0, stage.subsetSize());
        }
        return all;
    }

    /**
     * @param tasks the stage's tasks
     * @param stepInStage the 0-based step within the stage
     * @param batch tasks per step
     * @param seed the run seed
     * @return the step's tasks
     */
    public static List<Task> batch(List<Task> tasks, long stepInStage, int batch, long seed) {
        if (tasks.isEmpty()) {
            throw new IllegalStateException("the stage has no training tasks");
        }
        List<Task> out = new ArrayList<>(batch);
        long first = stepInStage * batch;
        for (long i = first; i < first + batch; i++) {
            long epoch = i / tasks.size();
            List<Task> order = new ArrayList<>(tasks);
            Collections.shuffle(order, new Random(seed * 1_000_003L + epoch));
            out.add(order.get((int) (i % tasks.size())));
        }
        return out;
    }
}
