package io.envtune.train.internal;

import io.envtune.api.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The validation tasks a training step watches: a fixed, seeded selection of at most {@link #MAX_TASKS} of the
 * stage's validation tasks. The promotion rule compares validations with each other, so each must see the same
 * tasks; a subset keeps a validating step from costing as much as the full before/after measurement (every task,
 * several samples), which stays complete.
 */
public final class StepValidation {

    /** Tasks a step's validation plays at most. */
    public static final int MAX_TASKS = 40;

    private StepValidation() {
    }

    /**
     * @param tasks the stage's validation tasks
     * @param seed the run seed
     * @return the same selection for the same tasks and seed, in the tasks' order
     */
    public static List<Task> subset(List<Task> tasks, long seed) {
        if (tasks.size() <= MAX_TASKS) {
            return tasks;
        }
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            index.add(i);
        }
        Collections.shuffle(index, new Random(seed * 31 + tasks.size()));
        List<Integer> chosen = new ArrayList<>(index.subList(0, MAX_TASKS));
        Collections.sort(chosen);
        return chosen.stream().map(tasks::get).toList();
    }
}
