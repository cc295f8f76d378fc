package io.envtune.server.internal.core;

import io.envtune.api.Stage;
import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.bfcl.BfclDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where tasks come from: the BFCL data set the service was started with (if any), then the registered
 * {@link TaskSource}s, first match wins. Thread-safe (the data set is immutable, sources are read per call).
 */
public final class TaskCatalog {

    private final BfclDataset dataset;
    private final Supplier<List<TaskSource>> sources;

    /**
     * @param dataset the BFCL data set, or null when the service runs without one
     * @param sources the task sources registered now
     */
    public TaskCatalog(BfclDataset dataset, Supplier<List<TaskSource>> sources) {
        this.dataset = dataset;
        this.sources = sources;
    }

    /**
     * @param id a task id
     * @return the task
     */
    public Optional<Task> task(String id) {
        if (dataset != null) {
            Optional<Task> t = dataset.task(id);
            if (t.isPresent()) {
                return t;
            }
        }
        for (TaskSource s : sources.get()) {
            for (Task t : safeTasks(s)) {
                if (t.id().equals(id)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A stage's tasks: every known task of the stage's splits; when the stage has a subset size, the tasks with the
     * fewest turns first, as the trainer's sampler chooses them (the paper's "easy, small volume" syntax stage).
     *
     * @param stage the stage
     * @return its tasks in a stable order
     */
    public List<Task> stageTasks(Stage stage) {
        List<Task> all = new ArrayList<>();
        for (String split : stage.splits()) {
            if (dataset != null) {
                all.addAll(dataset.tasks(split));
            }
            for (TaskSource s : sources.get()) {
                safeTasks(s).stream().filter(t -> split.equals(t.split())).forEach(all::add);
            }
        }
        if (stage.subsetSize() > 0 && stage.subsetSize() < all.size()) {
            all.sort(Comparator.comparingInt(t -> t.turns().size()));
            return List.copyOf(all.subList(0, stage.subsetSize()));
        }
        return List.copyOf(all);
    }

    /** @return the folder long-context tasks read their constants from, or null without a data set */
    public Path dataDir() {
        return dataset == null ? null : dataset.dataDir();
    }

    /** A failing task source must not fail lookups in the others. */
    private static List<Task> safeTasks(TaskSource s) {
        try {
            List<Task> tasks = s.tasks();
            return tasks == null ? List.of() : tasks;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
