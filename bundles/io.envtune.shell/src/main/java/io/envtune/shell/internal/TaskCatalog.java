package io.envtune.shell.internal;

import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.bfcl.BfclDataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where commands get tasks: the BFCL benchmark when {@code --bfcl DIR} is given, otherwise the built-in tasks of the
 * registered task sources. Tasks are grouped by split.
 *
 * @param bySplit tasks by split, in a stable order
 * @param validation held-out validation tasks by split (built-in sources only; empty for BFCL)
 * @param bfcl the dataset when BFCL was loaded, else null
 */
record TaskCatalog(Map<String, List<Task>> bySplit, Map<String, List<Task>> validation, BfclDataset bfcl) {

    /**
     * @param bfclOption the {@code --bfcl} value, possibly empty
     * @param sources the registered task sources
     * @return the catalog
     * @throws IllegalArgumentException when there are no tasks at all
     */
    static TaskCatalog load(String bfclOption, List<TaskSource> sources) {
        if (bfclOption != null && !bfclOption.isBlank()) {
            BfclDataset data = BfclDataset.load(BfclPaths.dataDir(bfclOption));
            Map<String, List<Task>> bySplit = new LinkedHashMap<>();
            data.splits().forEach(s -> bySplit.put(s, data.tasks(s)));
            return new TaskCatalog(bySplit, Map.of(), data);
        }
        Map<String, List<Task>> train = new LinkedHashMap<>();
        Map<String, List<Task>> validation = new LinkedHashMap<>();
        for (TaskSource s : sources) {
            s.tasks().forEach(t -> train.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
            s.validation().forEach(t -> validation.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no tasks: give --bfcl DIR, or install environment bundles that ship "
                + "built-in tasks");
        }
        return new TaskCatalog(train, validation, null);
    }

    /**
     * @param split one split or {@code all}
     * @return the tasks of that split (all training and validation tasks for built-in sources)
     */
    List<Task> tasks(String split) {
        List<Task> out = new ArrayList<>();
        bySplit.forEach((s, ts) -> {
            if (split.equals("all") || split.equals(s)) {
                out.addAll(ts);
            }
        });
        validation.forEach((s, ts) -> {
            if (split.equals("all") || split.equals(s)) {
                out.addAll(ts);
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no tasks in split '" + split + "'; splits: " + bySplit.keySet());
        }
        return out;
    }

    /**
     * @param id a task id
     * @return the task
     * @throws IllegalArgumentException when no task has that id
     */
    Task task(String id) {
        for (List<Task> ts : List.of(flatten(bySplit), flatten(validation))) {
            for (Task t : ts) {
                if (t.id().equals(id)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown task id '" + id + "'");
    }

    private static List<Task> flatten(Map<String, List<Task>> m) {
        List<Task> out = new ArrayList<>();
        m.values().forEach(out::addAll);
        return out;
    }
}
