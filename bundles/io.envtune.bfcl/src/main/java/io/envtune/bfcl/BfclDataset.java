package io.envtune.bfcl;

import io.envtune.api.Task;
import io.envtune.bfcl.internal.DataLayout;
import io.envtune.bfcl.internal.EntryIds;
import io.envtune.bfcl.internal.FuncDocReader;
import io.envtune.bfcl.internal.JsonLine;
import io.envtune.toolkit.TaskLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The BFCL multi-turn data set: the tasks of the four splits with their ground truth, the func docs of the eight
 * classes, and the tools each miss_func task withholds at its start. Immutable and thread-safe once loaded.
 *
 * <p>Reads a BFCL data folder (the layout of {@code shared/bfcl/data}: {@code BFCL_v4_multi_turn_<split>.json},
 * {@code possible_answer/}, {@code multi_turn_func_doc/}; {@code BFCL_v3_*} names are accepted too), or a gorilla
 * checkout (its root or its {@code berkeley-function-call-leaderboard} folder), where the data lives under
 * {@code bfcl_eval/data}. Splits whose question file is absent are skipped; the func docs are optional.
 */
public final class BfclDataset {

    /** The four multi-turn splits, in BFCL order. */
    public static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private final Path dataDir;
    private final Map<String, List<Task>> bySplit;
    private final Map<String, Task> byId;
    private final Map<String, List<String>> withheld;
    private final Map<String, List<FuncDoc>> funcDocs;

    private BfclDataset(Path dataDir, Map<String, List<Task>> bySplit, Map<String, List<String>> withheld,
                        Map<String, List<FuncDoc>> funcDocs) {
        this.dataDir = dataDir;
        this.bySplit = Collections.unmodifiableMap(bySplit);
        this.withheld = Collections.unmodifiableMap(withheld);
        this.funcDocs = Collections.unmodifiableMap(funcDocs);
        Map<String, Task> ids = new LinkedHashMap<>();
        bySplit.values().forEach(tasks -> tasks.forEach(t -> ids.put(t.id(), t)));
        this.byId = Collections.unmodifiableMap(ids);
    }

    /**
     * Loads every split found under a folder.
     *
     * @param dir a BFCL data folder, a gorilla checkout or its {@code berkeley-function-call-leaderboard} folder
     * @return the data set
     * @throws IllegalArgumentException when no data is found, or naming the file and line of malformed data
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public static BfclDataset load(Path dir) {
        DataLayout layout = DataLayout.resolve(dir);
        Map<String, List<Task>> bySplit = new LinkedHashMap<>();
        Map<String, List<String>> withheld = new HashMap<>();
        for (String split : SPLITS) {
            Path questions = layout.questionFile(split);
            if (questions != null) {
                bySplit.put(split, readSplit(split, questions, layout.answerFile(questions), withheld));
            }
        }
        return new BfclDataset(layout.dataDir(), bySplit, withheld, FuncDocReader.read(layout.funcDocDir()));
    }

    private static List<Task> readSplit(String split, Path questions, Path answers,
                                        Map<String, List<String>> withheld) {
        Map<String, JsonLine> answerById = new HashMap<>();
        for (JsonLine answer : JsonLine.readAll(answers)) {
            if (answerById.put(answer.string("id"), answer) != null) {
                throw answer.error("duplicate ground truth id " + answer.string("id"));
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (JsonLine question : JsonLine.readAll(questions)) {
            JsonLine answer = answerById.get(question.string("id"));
            if (answer == null) {
                throw question.error("no ground truth for " + question.string("id") + " in " + answers);
            }
            String id = question.string("id");
            Task task = TaskLines.decodeBfcl(question.object(), answer.object(), new TaskLines.BfclEntry(split,
                EntryIds.longContext(id), question::error, answer::error));
            // The tools a miss_func entry withholds at its start: those its turns add later, in turn order.
            List<String> tools = task.turns().stream().flatMap(t -> t.addedTools().stream()).toList();
            if (withheld.put(id, tools) != null) {
                throw question.error("duplicate id " + id);
            }
            tasks.add(task);
        }
        return List.copyOf(tasks);
    }

    /** @return the resolved data folder (also the default folder for long-context constants) */
    public Path dataDir() {
        return dataDir;
    }

    /** @return the splits found, in BFCL order */
    public Set<String> splits() {
        return bySplit.keySet();
    }

    /** @return every task, split by split in file order */
    public List<Task> tasks() {
        return List.copyOf(byId.values());
    }

    /**
     * @param split a split name
     * @return its tasks in file order; empty for a split that was not found
     */
    public List<Task> tasks(String split) {
        return bySplit.getOrDefault(split, List.of());
    }

    /**
     * @param id an entry id such as {@code multi_turn_base_0}
     * @return the task, if loaded
     */
    public Optional<Task> task(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The tools BFCL withholds from the tool list at the start of a miss_func task; each comes back at the turn
     * whose {@link io.envtune.api.UserTurn#addedTools()} names it.
     *
     * @param taskId an entry id
     * @return the withheld tool names; empty for other tasks and unknown ids
     */
    public List<String> withheldTools(String taskId) {
        return withheld.getOrDefault(taskId, List.of());
    }

    /** @return class name to its func docs, for the classes whose func-doc file was found */
    public Map<String, List<FuncDoc>> funcDocs() {
        return funcDocs;
    }

    /**
     * @param className a BFCL class name such as {@code GorillaFileSystem}
     * @return its func docs in file order; empty when unknown
     */
    public List<FuncDoc> funcDocs(String className) {
        return funcDocs.getOrDefault(className, List.of());
    }

    /**
     * The docs BFCL offers at the start of a task: those of the involved classes, in class order, minus the withheld
     * tools.
     *
     * @param task a task of this data set
     * @return the docs shown before any tool is added
     */
    public List<FuncDoc> initialFuncDocs(Task task) {
        List<String> hidden = withheldTools(task.id());
        List<FuncDoc> out = new ArrayList<>();
        for (String cls : task.involvedClasses()) {
            funcDocs(cls).stream().filter(d -> !hidden.contains(d.name())).forEach(out::add);
        }
        return out;
    }
}
