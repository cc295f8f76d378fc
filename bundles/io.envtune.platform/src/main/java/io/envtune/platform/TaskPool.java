package io.envtune.platform;

import io.envtune.api.Stage;
import io.envtune.api.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The tasks of a run, by split, divided into training, validation and held-out test tasks; {@link TaskCatalog#pool}
 * builds it (built-in task sources give training and validation tasks themselves; named tasks, BFCL or a tasks file,
 * are split with the seeded rule of {@link #split}). Both faces, the trainer in the shell and the server's
 * curriculum routes, draw a stage's tasks from here with {@link #stageTasks(Stage)}, so neither ever trains on the
 * test half. Immutable.
 *
 * @param train training tasks by split
 * @param validation validation tasks by split
 * @param test held-out test tasks by split (may be empty)
 */
public record TaskPool(Map<String, List<Task>> train, Map<String, List<Task>> validation,
                       Map<String, List<Task>> test) {

    /** Copies the maps so the record stays immutable. */
    public TaskPool {
        train = copy(train);
        validation = copy(validation);
        test = copy(test);
    }

    private static Map<String, List<Task>> copy(Map<String, List<Task>> m) {
        Map<String, List<Task>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The paper's split of a benchmark: per split, shuffle with the seed, the first {@code trainPerSplit} train, the
     * rest test; {@code validationPerSplit} tasks of the test half form the validation set and leave the test set.
     *
     * @param bySplit every task by split
     * @param trainPerSplit training tasks per split (the paper: 100)
     * @param validationPerSplit validation tasks per split (the paper: 25, 100 in all)
     * @param seed the shuffle seed
     * @return the pool
     */
    public static TaskPool split(Map<String, List<Task>> bySplit, int trainPerSplit, int validationPerSplit,
                                 long seed) {
        return split(bySplit, n -> new int[] {Math.min(trainPerSplit, n), validationPerSplit}, seed);
    }

    /**
     * The paper's proportions for a set of any size (a user's tasks file): per split, after the seeded shuffle, half
     * (rounded up) train, a quarter of the other half (rounded up) validation, the rest test. On BFCL's 200 tasks per
     * split this is the paper's 100 / 25 / 75.
     *
     * @param bySplit every task by split
     * @param seed the shuffle seed
     * @return the pool
     */
    public static TaskPool splitInProportion(Map<String, List<Task>> bySplit, long seed) {
        return split(bySplit, n -> new int[] {(n + 1) / 2, (n - (n + 1) / 2 + 3) / 4}, seed);
    }

    private static TaskPool split(Map<String, List<Task>> bySplit, java.util.function.IntFunction<int[]> sizes,
                                  long seed) {
        Map<String, List<Task>> train = new LinkedHashMap<>();
        Map<String, List<Task>> validation = new LinkedHashMap<>();
        Map<String, List<Task>> test = new LinkedHashMap<>();
        bySplit.forEach((split, tasks) -> {
            List<Task> shuffled = new ArrayList<>(tasks);
            Collections.shuffle(shuffled, new Random(seed ^ split.hashCode()));
            int[] size = sizes.apply(shuffled.size());
            int t = Math.min(size[0], shuffled.size());
            int v = Math.min(size[1], shuffled.size() - t);
            train.put(split, shuffled.subList(0, t));
            validation.put(split, shuffled.subList(t, t + v));
            test.put(split, shuffled.subList(t + v, shuffled.size()));
        });
        return new TaskPool(train, validation, test);
    }

    /**
     * @param other another pool
     * @return both pools' tasks, this pool's first within each split
     */
    public TaskPool plus(TaskPool other) {
        return new TaskPool(join(train, other.train), join(validation, other.validation), join(test, other.test));
    }

    private static Map<String, List<Task>> join(Map<String, List<Task>> a, Map<String, List<Task>> b) {
        Map<String, List<Task>> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        b.forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        return out;
    }

    /**
     * The rule every face uses for a stage's tasks: the training tasks of the stage's splits, in split order; when
     * the stage has a subset size smaller than that, the tasks with the fewest user turns first (a stable sort, so
     * ties keep their split order), cut to the size: the paper's "easy, small volume" syntax stage.
     *
     * @param stage the stage
     * @return its tasks, in a stable order
     */
    public List<Task> stageTasks(Stage stage) {
        List<Task> all = new ArrayList<>(trainTasks(stage.splits()));
        if (stage.subsetSize() > 0 && stage.subsetSize() < all.size()) {
            all.sort((a, b) -> Integer.compare(a.turns().size(), b.turns().size()));
            return List.copyOf(all.subList(0, stage.subsetSize()));
        }
        return List.copyOf(all);
    }

    /**
     * @param splits the splits wanted
     * @return the training tasks of those splits, in split order
     */
    public List<Task> trainTasks(List<String> splits) {
        return select(train, splits);
    }

    /**
     * @param splits the splits wanted
     * @return the validation tasks of those splits, in split order
     */
    public List<Task> validationTasks(List<String> splits) {
        return select(validation, splits);
    }

    private static List<Task> select(Map<String, List<Task>> m, List<String> splits) {
        List<Task> out = new ArrayList<>();
        splits.forEach(s -> out.addAll(m.getOrDefault(s, List.of())));
        return out;
    }

    /** @return every training task, all splits */
    public List<Task> allTrain() {
        return select(train, List.copyOf(train.keySet()));
    }

    /** @return every held-out test task, all splits */
    public List<Task> allTest() {
        return select(test, List.copyOf(test.keySet()));
    }

    /** @return every validation task, all splits */
    public List<Task> allValidation() {
        return select(validation, List.copyOf(validation.keySet()));
    }

    /** The three parts of a pool, by the names the commands take ({@code --part train|validation|test}). */
    public enum Part {
        /** The training tasks. */
        TRAIN,
        /** The validation tasks (taken from the held-out half on BFCL). */
        VALIDATION,
        /** The held-out test tasks: what the paper's Table 1 reports. */
        TEST;

        /**
         * @param name {@code train}, {@code validation} or {@code test} (any case)
         * @return the part
         * @throws IllegalArgumentException naming the three choices for anything else
         */
        public static Part of(String name) {
            for (Part p : values()) {
                if (p.name().equalsIgnoreCase(name)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no part '" + name + "'; parts: train, validation, test");
        }

        /** @return the lower-case name the commands and {@code summary.json} use */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param part a part
     * @return that part's tasks by split (splits in pool order; a split may be empty)
     * @since 1.1
     */
    public Map<String, List<Task>> part(Part part) {
        return switch (part) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    /**
     * @param part a part
     * @return every task of that part, all splits, in split order
     * @since 1.1
     */
    public List<Task> all(Part part) {
        Map<String, List<Task>> m = part(part);
        return select(m, List.copyOf(m.keySet()));
    }
}
