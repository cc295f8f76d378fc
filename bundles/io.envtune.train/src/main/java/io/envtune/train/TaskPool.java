package io.envtune.train;

import io.envtune.api.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The tasks of a run, by split, divided into training, validation and held-out test tasks. Built either from
 * task-source splits (built-in tasks carry {@code train}/{@code validation} in their ids' split field) or from BFCL
 * with the paper's seeded split: per category half for training, the other half for testing, and a validation subset
 * drawn from the test half but kept out of the reported test set. Immutable.
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
        Map<String, List<Task>> train = new LinkedHashMap<>();
        Map<String, List<Task>> validation = new LinkedHashMap<>();
        Map<String, List<Task>> test = new LinkedHashMap<>();
        bySplit.forEach((split, tasks) -> {
            List<Task> shuffled = new ArrayList<>(tasks);
            Collections.shuffle(shuffled, new Random(seed ^ split.hashCode()));
            int t = Math.min(trainPerSplit, shuffled.size());
            int v = Math.min(validationPerSplit, shuffled.size() - t);
            train.put(split, shuffled.subList(0, t));
            validation.put(split, shuffled.subList(t, t + v));
            test.put(split, shuffled.subList(t + v, shuffled.size()));
        });
        return new TaskPool(train, validation, test);
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

    /** @return every validation task, all splits */
    public List<Task> allValidation() {
        return select(validation, List.copyOf(validation.keySet()));
    }
}
