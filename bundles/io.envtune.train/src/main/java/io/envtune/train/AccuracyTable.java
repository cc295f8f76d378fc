package io.envtune.train;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BFCL accuracy in the layout of the paper's Table 1: one column per category (Base, Miss Func, Miss Param, Long
 * Context, then any other split) and an Overall column, each in percent. With K episodes per task the k-th episode
 * of every task forms sample k; a column reports the mean and the population standard deviation of its K sample
 * accuracies, so the spread says how much a rerun could move the number (it is no standard error over tasks: that
 * is {@link Evaluation}'s {@code success} figure). Overall pools every task of the part, which on BFCL's equal-sized
 * splits equals the paper's mean of the four categories. Immutable.
 *
 * @param samples episodes per task (K)
 * @param overall the Overall column
 * @param splits the category columns by split name, in Table 1's order
 */
public record AccuracyTable(int samples, Column overall, Map<String, Column> splits) {

    /** Table 1's categories, in its order, with its headings. */
    private static final Map<String, String> HEADINGS = Map.of("base", "Base", "miss_func", "Miss Func",
        "miss_param", "Miss Param", "long_context", "Long Context");
    private static final List<String> ORDER = List.of("base", "miss_func", "miss_param", "long_context");

    /**
     * One column.
     *
     * @param entries tasks counted
     * @param accuracy mean accuracy over the samples, percent
     * @param std population standard deviation of the per-sample accuracies, percent (0 with one sample)
     * @param perSample the accuracy of each sample, percent
     */
    public record Column(int entries, double accuracy, double std, List<Double> perSample) {

        /** Copies the list. */
        public Column {
            perSample = List.copyOf(perSample);
        }
    }

    /** Copies the map, keeping its order. */
    public AccuracyTable {
        splits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(splits));
    }

    /**
     * @param tasks the tasks played, each once (the part evaluated)
     * @param records every task's episodes, the same number for each task; the j-th record of a task is sample j
     * @return the table
     * @throws IllegalArgumentException when tasks repeat, a record's task is not among them, or tasks were played
     *         a different number of times
     */
    public static AccuracyTable of(List<Task> tasks, List<EpisodeRecord> records) {
        Map<String, Task> byId = new HashMap<>();
        for (Task t : tasks) {
            if (byId.put(t.id(), t) != null) {
                throw new IllegalArgumentException("task " + t.id() + " is listed twice");
            }
        }
        Map<String, List<Boolean>> passed = new LinkedHashMap<>();
        tasks.forEach(t -> passed.put(t.id(), new ArrayList<>()));
        for (EpisodeRecord r : records) {
            Task t = byId.get(r.taskId());
            if (t == null) {
                throw new IllegalArgumentException("episode " + r.episodeId() + " played task " + r.taskId()
                    + ", which is not among the tasks evaluated");
            }
            passed.get(t.id()).add(TaskTally.succeeded(r, t));
        }
        int k = tasks.isEmpty() ? 0 : passed.get(tasks.get(0).id()).size();
        passed.forEach((id, p) -> {
            if (p.size() != k) {
                throw new IllegalArgumentException("task " + id + " was played " + p.size() + " times, others " + k);
            }
        });
        Map<String, List<String>> bySplit = new LinkedHashMap<>();
        ORDER.forEach(s -> bySplit.put(s, new ArrayList<>()));
        tasks.forEach(t -> bySplit.computeIfAbsent(t.split(), s -> new ArrayList<>()).add(t.id()));
        Map<String, Column> columns = new LinkedHashMap<>();
        bySplit.forEach((split, ids) -> {
            if (!ids.isEmpty()) {
                columns.put(split, column(ids, passed, k));
            }
        });
        return new AccuracyTable(k, column(tasks.stream().map(Task::id).toList(), passed, k), columns);
    }

    private static Column column(List<String> ids, Map<String, List<Boolean>> passed, int k) {
        double[] perSample = new double[k];
        for (int j = 0; j < k; j++) {
            int ok = 0;
            for (String id : ids) {
                ok += passed.get(id).get(j) ? 1 : 0;
            }
            perSample[j] = ids.isEmpty() ? Double.NaN : 100.0 * ok / ids.size();
        }
        List<Double> samples = new ArrayList<>();
        for (double v : perSample) {
            samples.add(v);
        }
        return new Column(ids.size(), k == 0 ? Double.NaN : Stats.mean(perSample), Stats.std(perSample), samples);
    }

    /**
     * @return the table as text: a heading row, the accuracies in percent with two decimals ({@code mean ± std}
     *         when more than one sample was played) and the entries counted
     */
    public String render() {
        List<String> heads = new ArrayList<>(List.of("Overall"));
        List<Column> columns = new ArrayList<>(List.of(overall));
        splits.forEach((split, c) -> {
            heads.add(HEADINGS.getOrDefault(split, split));
            columns.add(c);
        });
        int width = 12;
        for (int i = 0; i < heads.size(); i++) {
            width = Math.max(width, Math.max(heads.get(i).length(), cell(columns.get(i)).length()));
        }
        String cellFormat = "%" + (width + 2) + "s";
        StringBuilder head = new StringBuilder(String.format("%-12s", ""));
        StringBuilder acc = new StringBuilder(String.format("%-12s", "accuracy %"));
        StringBuilder entries = new StringBuilder(String.format("%-12s", "entries"));
        for (int i = 0; i < heads.size(); i++) {
            head.append(String.format(cellFormat, heads.get(i)));
            acc.append(String.format(cellFormat, cell(columns.get(i))));
            entries.append(String.format(cellFormat, columns.get(i).entries()));
        }
        return head.toString().stripTrailing() + "\n" + acc + "\n" + entries;
    }

    private String cell(Column c) {
        return samples > 1 ? String.format("%.2f ± %.2f", c.accuracy(), c.std())
            : String.format("%.2f", c.accuracy());
    }
}
