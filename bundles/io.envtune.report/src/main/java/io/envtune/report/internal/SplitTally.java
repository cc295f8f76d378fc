package io.envtune.report.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.TurnScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accumulates per-split accuracy over the record files, fed in step order, keeping only the first and the latest
 * step of each split. Not thread-safe: one instance per report.
 */
public final class SplitTally {

    private static final Pattern BFCL_ID = Pattern.compile("multi_turn_(.+?)_\\d+");
    private static final Pattern NUMBERED = Pattern.compile("(.+?)[-_.]\\d+");

    private final Map<String, Window> first = new TreeMap<>();
    private final Map<String, Window> last = new TreeMap<>();

    /**
     * @param step the step the record belongs to (records must come in non-decreasing step order)
     * @param record one episode
     */
    public void add(long step, EpisodeRecord record) {
        String split = splitOf(record.taskId());
        Window f = first.computeIfAbsent(split, k -> new Window(step));
        if (f.step == step) {
            f.add(record);
        }
        Window l = last.get(split);
        if (l == null || l.step != step) {
            l = new Window(step);
            last.put(split, l);
        }
        l.add(record);
    }

    /**
     * The split of a task, read from its id since records carry only the id: {@code multi_turn_miss_func_12} is
     * {@code miss_func}; another id loses its trailing number ({@code math-train-3} is {@code math-train}).
     *
     * @param taskId a task id
     * @return its split
     */
    static String splitOf(String taskId) {
        String id = taskId == null ? "" : taskId;
        Matcher m = BFCL_ID.matcher(id);
        if (m.matches()) {
            return m.group(1);
        }
        m = NUMBERED.matcher(id);
        return m.matches() ? m.group(1) : id;
    }

    /** @return one row per split, by name */
    public List<SplitAccuracy> result() {
        List<SplitAccuracy> out = new ArrayList<>();
        first.forEach((split, f) -> {
            Window l = last.get(split);
            out.add(new SplitAccuracy(split, f.step, f.success(), f.progress(), l.step, l.success(), l.progress(),
                false));
        });
        return out;
    }

    /** The episodes of one split at one step. */
    private static final class Window {
        private final long step;
        private long episodes;
        private double successes;
        private double progress;

        Window(long step) {
            this.step = step;
        }

        void add(EpisodeRecord r) {
            long passed = r.turnScores().stream().filter(TurnScore::passed).count();
            episodes++;
            progress += r.turnCount() == 0 ? 0 : (double) passed / r.turnCount();
            successes += passed == r.turnCount() && r.turnScores().size() == r.turnCount() ? 1 : 0;
        }

        double success() {
            return episodes == 0 ? Double.NaN : successes / episodes;
        }

        double progress() {
            return episodes == 0 ? Double.NaN : progress / episodes;
        }
    }
}
