package io.envtune.report.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Step;
import io.envtune.api.TurnScore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accumulates the per-turn ledger over episode records, one record at a time, so a long run's records never sit in
 * memory together. Not thread-safe: one instance per report.
 */
public final class TurnLedger {

    static final String NOT_REACHED = "(not reached)";
    static final String NO_REASON = "(no reason)";
    private static final String HINT = "Hint:";
    private static final int HINT_KEY_LENGTH = 60;

    private final Map<String, Map<Integer, Tally>> turns = new TreeMap<>();
    private final Map<String, Long> hints = new HashMap<>();
    private long episodes;
    private long steps;

    /** @param record one episode; every turn of its task counts as attempted, unscored turns as failed */
    public void add(EpisodeRecord record) {
        episodes++;
        Map<Integer, Tally> byTurn = turns.computeIfAbsent(record.taskId(), k -> new TreeMap<>());
        Map<Integer, TurnScore> scored = new HashMap<>();
        record.turnScores().forEach(s -> scored.put(s.turn(), s));
        for (int t = 0; t < Math.max(record.turnCount(), record.turnScores().size()); t++) {
            TurnScore s = scored.get(t);
            byTurn.computeIfAbsent(t, k -> new Tally()).add(s == null ? NOT_REACHED
                : s.passed() ? null : s.reason() == null || s.reason().isBlank() ? NO_REASON : s.reason());
        }
        for (Step step : record.steps()) {
            steps++;
            countHints(step.feedback());
        }
    }

    private void countHints(String feedback) {
        if (feedback == null) {
            return;
        }
        for (String line : feedback.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(HINT)) {
                hints.merge(hintKey(trimmed.substring(HINT.length()).strip()), 1L, Long::sum);
            }
        }
    }

    /**
     * Groups hints by their fixed part: a hint's text up to its first colon (the kind, e.g. a tool's name), or its
     * first 60 characters when there is no earlier colon.
     *
     * @param text a hint without its {@code Hint:} prefix
     * @return its group
     */
    static String hintKey(String text) {
        int colon = text.indexOf(':');
        if (colon >= 0 && colon <= HINT_KEY_LENGTH) {
            return text.substring(0, colon).strip();
        }
        return text.length() > HINT_KEY_LENGTH ? text.substring(0, HINT_KEY_LENGTH).strip() + "…" : text;
    }

    /** @return the ledger so far */
    public Ledger result() {
        List<TurnFailure> failed = turns.entrySet().stream()
            .flatMap(task -> task.getValue().entrySet().stream()
                .map(turn -> turn.getValue().row(task.getKey(), turn.getKey())))
            .filter(r -> r.failures() > 0)
            .sorted(Comparator.comparingLong(TurnFailure::failures).reversed()
                .thenComparing(TurnFailure::taskId).thenComparingInt(TurnFailure::turn))
            .toList();
        List<HintCount> fired = hints.entrySet().stream().map(e -> new HintCount(e.getKey(), e.getValue()))
            .sorted(Comparator.comparingLong(HintCount::count).reversed().thenComparing(HintCount::hint))
            .toList();
        return new Ledger(episodes, steps, failed, fired);
    }

    /** The attempts and failure reasons of one turn of one task. */
    private static final class Tally {
        private long attempts;
        private final Map<String, Long> reasons = new TreeMap<>();

        void add(String failureReason) {
            attempts++;
            if (failureReason != null) {
                reasons.merge(failureReason, 1L, Long::sum);
            }
        }

        TurnFailure row(String taskId, int turn) {
            long failures = reasons.values().stream().mapToLong(Long::longValue).sum();
            String top = reasons.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse("");
            return new TurnFailure(taskId, turn, failures, attempts, top);
        }
    }
}
