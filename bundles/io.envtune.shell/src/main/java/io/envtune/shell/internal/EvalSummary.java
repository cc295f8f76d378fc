package io.envtune.shell.internal;

import com.google.gson.GsonBuilder;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Task;
import io.envtune.runtime.AtomicFiles;
import io.envtune.train.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-split aggregates of an evaluation, as a text table and as {@code summary.json}. */
final class EvalSummary {

    private EvalSummary() {
    }

    static Map<String, Evaluation> bySplit(List<Task> tasks, List<EpisodeRecord> records) {
        Map<String, String> splitOf = new HashMap<>();
        tasks.forEach(t -> splitOf.put(t.id(), t.split()));
        Map<String, List<EpisodeRecord>> groups = new LinkedHashMap<>();
        records.forEach(r -> groups.computeIfAbsent(splitOf.get(r.taskId()), k -> new ArrayList<>()).add(r));
        Map<String, Evaluation> out = new LinkedHashMap<>();
        groups.forEach((split, rs) -> out.put(split, Evaluation.of(rs)));
        return out;
    }

    /** Overall = the unweighted mean over splits, as BFCL reports multi-turn accuracy. */
    static Evaluation overall(Map<String, Evaluation> bySplit) {
        int n = bySplit.size();
        double p = 0;
        double s = 0;
        double f = 0;
        double m = 0;
        int episodes = 0;
        for (Evaluation e : bySplit.values()) {
            p += e.progress();
            s += e.success();
            f += e.formatValidity();
            m += e.meanSteps();
            episodes += e.episodes();
        }
        return n == 0 ? new Evaluation(0, 0, 0, 0, 0, Map.of())
            : new Evaluation(episodes, p / n, s / n, f / n, m / n, Map.of());
    }

    static String table(Map<String, Evaluation> bySplit) {
        StringBuilder out = new StringBuilder(String.format("%-14s %8s %9s %9s %8s %10s%n", "split", "entries",
            "accuracy", "progress", "format", "mean steps"));
        bySplit.forEach((split, e) -> out.append(row(split, e)));
        return out.append(row("overall", overall(bySplit))).toString().stripTrailing();
    }

    private static String row(String name, Evaluation e) {
        return String.format("%-14s %8d %8.2f%% %9.3f %7.2f%% %10.2f%n", name, e.episodes(), 100 * e.success(),
            e.progress(), 100 * e.formatValidity(), e.meanSteps());
    }

    static void write(Path file, Map<String, Evaluation> bySplit, String policy, double seconds) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("policy", policy);
        json.put("wall_seconds", seconds);
        Map<String, Object> splits = new LinkedHashMap<>();
        bySplit.forEach((k, v) -> splits.put(k, fields(v)));
        json.put("splits", splits);
        json.put("overall", fields(overall(bySplit)));
        AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n");
    }

    private static Map<String, Object> fields(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", e.episodes());
        m.put("success", e.success());
        m.put("progress", e.progress());
        m.put("format_validity", e.formatValidity());
        m.put("mean_steps", e.meanSteps());
        return m;
    }
}
