package io.envtune.train.internal;

import io.envtune.api.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Chooses each step's tasks from a stage's task set ({@link io.envtune.platform.TaskPool#stageTasks}: fewest turns
 * first when the stage has a subset size), walked in seeded epochs (a seeded shuffle per epoch) so every task is seen
 * before any repeats. Deterministic in (seed, stage, step), so a resumed run draws the same tasks it would have drawn.
 */
public final class StageSampler {

    private StageSampler() {
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
