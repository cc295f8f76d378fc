package io.envtune.platform;

import io.envtune.api.Task;
import io.envtune.api.TaskSource;
import io.envtune.bfcl.BfclDataset;
import io.envtune.toolkit.TaskLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where both faces get tasks, in one order: the tasks the user named (the BFCL data set, then the tasks file), or,
 * when none were named, the built-in tasks of the registered task sources (by source id). Within a source tasks keep
 * their order. {@link #pool(long)} divides them into training, validation and held-out test tasks, and
 * {@link TaskPool#stageTasks} picks a stage's tasks from the training part. Named files are read once, when the
 * catalog is opened; sources are asked at each call, so hot-deployed task sources count at once. Thread-safe.
 */
public final class TaskCatalog {

    /** The split seed both faces use unless told otherwise (the shell's {@code --seed} default). */
    public static final long DEFAULT_SEED = 7;

    /** BFCL: the paper's training tasks per split. */
    static final int BFCL_TRAIN = 100;
    /** BFCL: the paper's validation tasks per split, taken from the test half. */
    static final int BFCL_VALIDATION = 25;

    private final boolean named;
    private final String source;
    private final BfclDataset bfcl;
    private final List<Task> fileTasks;
    private final Supplier<List<TaskSource>> registered;
    /** Named tasks never change once read, so their split is computed once per seed. */
    private final Map<Long, TaskPool> namedPools = new ConcurrentHashMap<>();

    private TaskCatalog(TaskOrigin origin, BfclDataset bfcl, List<Task> fileTasks,
                        Supplier<List<TaskSource>> sources) {
        this.named = origin.named();
        this.source = origin.source();
        this.bfcl = bfcl;
        this.fileTasks = fileTasks;
        this.registered = sources;
    }

    /**
     * Reads the named tasks.
     *
     * @param origin what the user named
     * @param sources the task sources registered now (asked at each call)
     * @return the catalog
     * @throws IllegalArgumentException for a malformed tasks file (naming file and line) or a bad BFCL folder
     */
    public static TaskCatalog open(TaskOrigin origin, Supplier<List<TaskSource>> sources) {
        BfclDataset data = origin.bfclDir() == null ? null : BfclDataset.load(origin.bfclDir());
        return new TaskCatalog(origin, data, origin.tasksFile() == null ? List.of() : readFile(origin.tasksFile()),
            sources);
    }

    private static List<Task> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TaskLines.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tasks file " + file, e);
        }
    }

    /** @return whether the tasks are named ones (BFCL or a file) rather than built-in */
    public boolean named() {
        return named;
    }

    /** @return the BFCL data set, or null when none was named */
    public BfclDataset bfcl() {
        return bfcl;
    }

    /** @return the folder long-context tasks read their constants from, or null without a BFCL data set */
    public Path dataDir() {
        return bfcl == null ? null : bfcl.dataDir();
    }

    /**
     * @return every task by split, in catalog order: for named tasks all of them; for built-in ones the sources'
     *         training tasks (their validation tasks are in {@link #pool(long)})
     */
    public Map<String, List<Task>> bySplit() {
        Map<String, List<Task>> out = new LinkedHashMap<>();
        if (named()) {
            if (bfcl != null) {
                bfcl.splits().forEach(s -> out.put(s, new ArrayList<>(bfcl.tasks(s))));
            }
            fileTasks.forEach(t -> out.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
        } else {
            sources().forEach(s -> safe(s, true).forEach(t -> out.computeIfAbsent(t.split(),
                k -> new ArrayList<>()).add(t)));
        }
        return out;
    }

    /**
     * The run's division: built-in sources say themselves which tasks validate (no test part); BFCL gets the paper's
     * seeded split (per split 100 train, 25 validation from the other half, the rest test); a tasks file the same
     * proportions ({@link TaskPool#splitInProportion}).
     *
     * @param seed the shuffle seed
     * @return the pool
     */
    public TaskPool pool(long seed) {
        if (!named()) {
            Map<String, List<Task>> validation = new LinkedHashMap<>();
            sources().forEach(s -> safe(s, false).forEach(t -> validation.computeIfAbsent(t.split(),
                k -> new ArrayList<>()).add(t)));
            return new TaskPool(bySplit(), validation, Map.of());
        }
        return namedPools.computeIfAbsent(seed, this::splitNamed);
    }

    private TaskPool splitNamed(long seed) {
        Map<String, List<Task>> benchmark = new LinkedHashMap<>();
        if (bfcl != null) {
            bfcl.splits().forEach(s -> benchmark.put(s, bfcl.tasks(s)));
        }
        Map<String, List<Task>> file = new LinkedHashMap<>();
        fileTasks.forEach(t -> file.computeIfAbsent(t.split(), k -> new ArrayList<>()).add(t));
        return TaskPool.split(benchmark, BFCL_TRAIN, BFCL_VALIDATION, seed)
            .plus(TaskPool.splitInProportion(file, seed));
    }

    /**
     * @param split one split or {@code all}
     * @return every task of that split, built-in validation tasks included, in catalog order
     * @throws IllegalArgumentException when there is no such task
     */
    public List<Task> tasks(String split) {
        List<Task> out = new ArrayList<>();
        Map<String, List<Task>> all = bySplit();
        all.forEach((s, ts) -> take(split, s, ts, out));
        if (!named()) {
            pool(DEFAULT_SEED).validation().forEach((s, ts) -> take(split, s, ts, out));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(all.isEmpty() ? NO_TASKS
                : "no tasks in split '" + split + "'; splits: " + all.keySet());
        }
        return out;
    }

    private static void take(String wanted, String split, List<Task> tasks, List<Task> out) {
        if (wanted.equals("all") || wanted.equals(split)) {
            out.addAll(tasks);
        }
    }

    /** Why there are no tasks at all. */
    static final String NO_TASKS = "no tasks: give --bfcl DIR or --tasks FILE, or install environment bundles that "
        + "ship built-in tasks";

    /**
     * @param id a task id
     * @return the task with that id among the catalog's tasks (built-in validation tasks included)
     */
    public Optional<Task> task(String id) {
        if (bfcl != null) {
            Optional<Task> t = bfcl.task(id);
            if (t.isPresent()) {
                return t;
            }
        }
        List<Task> rest = new ArrayList<>(fileTasks);
        if (!named()) {
            sources().forEach(s -> {
                rest.addAll(safe(s, true));
                rest.addAll(safe(s, false));
            });
        }
        return rest.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** @return the registered sources, or only the one asked for ({@code --source}) */
    private List<TaskSource> sources() {
        List<TaskSource> all = registered.get();
        if (source == null) {
            return all;
        }
        List<TaskSource> one = all.stream().filter(s -> source.equals(s.id())).toList();
        if (one.isEmpty()) {
            throw new IllegalArgumentException("no task source '" + source + "'; registered: "
                + all.stream().map(TaskSource::id).toList());
        }
        return one;
    }

    /** A failing task source must not fail the others. */
    private static List<Task> safe(TaskSource s, boolean training) {
        try {
            List<Task> tasks = training ? s.tasks() : s.validation();
            return tasks == null ? List.of() : tasks;
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
