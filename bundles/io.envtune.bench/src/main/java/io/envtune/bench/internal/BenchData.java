package io.envtune.bench.internal;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.bfcl.BfclDataset;
import io.envtune.bfcl.EpisodeEnvironments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every measurement needs: the BFCL data set and the eight environments. Immutable once loaded.
 *
 * @param dataset the BFCL tasks of the four splits
 * @param lookup the environment of each BFCL class name
 */
public record BenchData(BfclDataset dataset, Function<String, ToolEnvironment> lookup) {

    /**
     * @param dataDir a BFCL data folder ({@code shared/bfcl/data})
     * @return the data set with the real environments
     */
    public static BenchData load(Path dataDir) {
        return new BenchData(BfclDataset.load(dataDir), io.envtune.testkit.BfclDomains.lookup());
    }

    /** @return the folder with the long-context constants */
    public Path dataDir() {
        return dataset.dataDir();
    }

    /**
     * @param id an entry id
     * @return the task
     * @throws IllegalArgumentException when the id is not in the data set
     */
    public Task task(String id) {
        return dataset.task(id).orElseThrow(() -> new IllegalArgumentException("no BFCL entry " + id));
    }

    /**
     * @param split a split name, or {@code all}
     * @param limit the most tasks to return
     * @return the first {@code limit} tasks of the split, in file order
     */
    public List<Task> tasks(String split, int limit) {
        List<Task> all = tasks(split);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /**
     * @param task a task
     * @return fresh instances for it (the caller closes them)
     */
    public EpisodeEnvironments open(Task task) {
        return EpisodeEnvironments.open(task, lookup, dataDir());
    }

    /**
     * @param split a split name, or {@code all}
     * @return its tasks in file order
     */
    public List<Task> tasks(String split) {
        return "all".equals(split) ? dataset.tasks() : dataset.tasks(split);
    }

    /**
     * @param from the position of the first task, counted over every task and wrapping around
     * @param n how many tasks
     * @return {@code n} tasks of the whole data set, cycled from {@code from}
     */
    public List<Task> cycle(int from, int n) {
        List<Task> all = dataset.tasks();
        List<Task> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(all.get((from + i) % all.size()));
        }
        return out;
    }

    /**
     * @param env an open instance set
     * @param tool a tool name
     * @return the instance whose environment declares the tool
     * @throws IllegalArgumentException when no instance has it
     */
    public EnvironmentInstance owner(EpisodeEnvironments env, String tool) {
        for (String cls : env.instances().keySet()) {
            if (lookup.apply(cls).tools().stream().anyMatch(t -> t.name().equals(tool))) {
                return env.instances().get(cls);
            }
        }
        throw new IllegalArgumentException("no instance has tool " + tool);
    }
}
