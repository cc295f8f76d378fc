package io.envtune.train;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.StepOutcome;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates over episode records: mean progress (all turns in the denominator, as the paper), success rate (BFCL
 * accuracy: every turn passed) and format validity (the share of responses without a format error), overall and per
 * task split.
 *
 * @param episodes the number of episodes
 * @param progress the mean progress
 * @param success the share of episodes whose every turn passed
 * @param formatValidity the share of responses that were well-formed
 * @param meanSteps the mean number of policy responses per episode
 * @param splits the same per split ({@code base}, {@code miss_func}, …), sorted by name; empty when the tasks were
 *               not known (their own entries have no splits)
 */
public record Evaluation(int episodes, double progress, double success, double formatValidity, double meanSteps,
                         Map<String, Evaluation> splits) {

    /** Copies the split map (null, as an older {@code state.json} reads, becomes empty). */
    public Evaluation {
        splits = splits == null ? Map.of() : Map.copyOf(new TreeMap<>(splits));
    }

    /**
     * @param records finished episodes
     * @return their aggregate, without splits
     */
    public static Evaluation of(List<EpisodeRecord> records) {
        double progress = 0;
        double success = 0;
        long responses = 0;
        long wellFormed = 0;
        for (EpisodeRecord r : records) {
            long passed = r.turnScores().stream().filter(TurnScore::passed).count();
            progress += r.turnCount() == 0 ? 0 : (double) passed / r.turnCount();
            success += passed == r.turnCount() && r.turnScores().size() == r.turnCount() ? 1 : 0;
            for (Step s : r.steps()) {
                responses++;
                wellFormed += s.outcome() == StepOutcome.FORMAT_ERROR ? 0 : 1;
            }
        }
        int n = records.size();
        return new Evaluation(n, n == 0 ? 0 : progress / n, n == 0 ? 0 : success / n,
            responses == 0 ? 0 : (double) wellFormed / responses, n == 0 ? 0 : (double) responses / n, Map.of());
    }

    /**
     * @param tasks the tasks played, in the order of {@code records}
     * @param records one finished episode per task
     * @return their aggregate with a per-split breakdown
     */
    public static Evaluation of(List<Task> tasks, List<EpisodeRecord> records) {
        if (tasks.size() != records.size()) {
            throw new IllegalArgumentException(tasks.size() + " tasks but " + records.size() + " records");
        }
        Map<String, List<EpisodeRecord>> bySplit = new TreeMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            bySplit.computeIfAbsent(tasks.get(i).split(), s -> new ArrayList<>()).add(records.get(i));
        }
        Map<String, Evaluation> splits = new TreeMap<>();
        bySplit.forEach((split, rs) -> splits.put(split, of(rs)));
        Evaluation all = of(records);
        return new Evaluation(all.episodes, all.progress, all.success, all.formatValidity, all.meanSteps, splits);
    }
}
