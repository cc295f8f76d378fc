package io.envtune.train;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of a set of finished episodes, overall and per task split, each with its standard error over tasks
 * ({@link Figure}); the one place they are computed, for training, validation and {@code envtune:eval} alike:
 * <ul>
 *   <li>success: the share of episodes whose every turn passed (BFCL accuracy);</li>
 *   <li>progress: the mean share of passed turns, all of a task's turns in the denominator (as the paper);</li>
 *   <li>tool-turn accuracy: the share of passed turns among turns whose ground truth has at least one call;</li>
 *   <li>answer-turn accuracy: the same among turns with an empty ground truth, which an agent passes by answering
 *       without a call, so progress alone rewards a policy that never calls a tool;</li>
 *   <li>format validity: the share of responses the protocol's strict parser accepts, read from the raw text
 *       (under constrained decoding that is 1 by construction, so measure it on an unconstrained policy).</li>
 * </ul>
 * Turns an episode never reached (it ended early) count as failed. Episodes ended by a fault (a policy error, a tool
 * over its time limit) are counted like any other and reported in {@code faulted}.
 *
 * @param episodes the number of episodes
 * @param tasks the number of distinct tasks
 * @param success the share of episodes whose every turn passed
 * @param progress the mean progress
 * @param toolTurnAccuracy the share of passed turns among turns with ground-truth calls
 * @param answerTurnAccuracy the share of passed turns among turns without ground-truth calls
 * @param formatValidity the share of responses that parse under the strict protocol parser
 * @param meanSteps the mean number of policy responses per episode
 * @param faulted episodes that ended by a fault ({@link EpisodeRecord#endReason()} set)
 * @param splits the same per split ({@code base}, {@code miss_func}, …), sorted by name; empty inside a split
 */
public record Evaluation(int episodes, int tasks, Figure success, Figure progress, Figure toolTurnAccuracy,
                         Figure answerTurnAccuracy, Figure formatValidity, double meanSteps, int faulted,
                         Map<String, Evaluation> splits) {

    /** Copies the split map; missing figures (an older {@code state.json}) read as {@link Figure#NONE}. */
    public Evaluation {
        success = orNone(success);
        progress = orNone(progress);
        toolTurnAccuracy = orNone(toolTurnAccuracy);
        answerTurnAccuracy = orNone(answerTurnAccuracy);
        formatValidity = orNone(formatValidity);
        splits = splits == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(splits));
    }

    private static Figure orNone(Figure f) {
        return f == null ? Figure.NONE : f;
    }

    /**
     * @param tasks the tasks played (any order; a task may be played several times)
     * @param records the finished episodes
     * @return their figures with a per-split breakdown
     * @throws IllegalArgumentException when a record's task is not among {@code tasks}
     */
    public static Evaluation of(List<Task> tasks, List<EpisodeRecord> records) {
        Map<String, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return of(records, byId::get);
    }

    /**
     * @param records the finished episodes
     * @param tasks the task of each id (its turns' ground truth and its split)
     * @return their figures with a per-split breakdown
     * @throws IllegalArgumentException when a record's task is unknown
     */
    public static Evaluation of(List<EpisodeRecord> records, Function<String, Task> tasks) {
        Map<String, List<EpisodeRecord>> bySplit = new TreeMap<>();
        for (EpisodeRecord r : records) {
            bySplit.computeIfAbsent(task(tasks, r).split(), s -> new ArrayList<>()).add(r);
        }
        Map<String, Evaluation> splits = new TreeMap<>();
        bySplit.forEach((split, rs) -> splits.put(split, flat(rs, tasks)));
        Evaluation all = flat(records, tasks);
        return new Evaluation(all.episodes, all.tasks, all.success, all.progress, all.toolTurnAccuracy,
            all.answerTurnAccuracy, all.formatValidity, all.meanSteps, all.faulted, splits);
    }

    private static Evaluation flat(List<EpisodeRecord> records, Function<String, Task> tasks) {
        Map<String, TaskTally> byTask = new LinkedHashMap<>();
        long responses = 0;
        int faulted = 0;
        for (EpisodeRecord r : records) {
            byTask.computeIfAbsent(r.taskId(), id -> new TaskTally()).add(r, task(tasks, r));
            responses += r.steps().size();
            faulted += r.endReason() != null ? 1 : 0;
        }
        List<TaskTally> t = new ArrayList<>(byTask.values());
        double[] episodes = TaskTally.column(t, x -> x.episodes);
        int n = records.size();
        return new Evaluation(n, t.size(), Figure.ratio(TaskTally.column(t, x -> x.successes), episodes),
            Figure.ratio(TaskTally.column(t, x -> x.progress), episodes),
            Figure.ratio(TaskTally.column(t, x -> x.toolPassed), TaskTally.column(t, x -> x.toolTurns)),
            Figure.ratio(TaskTally.column(t, x -> x.answerPassed), TaskTally.column(t, x -> x.answerTurns)),
            Figure.ratio(TaskTally.column(t, x -> x.wellFormed), TaskTally.column(t, x -> x.responses)),
            n == 0 ? 0 : (double) responses / n, faulted, Map.of());
    }

    private static Task task(Function<String, Task> tasks, EpisodeRecord r) {
        Task t = tasks.apply(r.taskId());
        if (t == null) {
            throw new IllegalArgumentException("episode " + r.episodeId() + " played task " + r.taskId()
                + ", which is not among the tasks evaluated");
        }
        return t;
    }
}
