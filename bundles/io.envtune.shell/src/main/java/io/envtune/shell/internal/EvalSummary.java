package io.envtune.shell.internal;

import com.google.gson.GsonBuilder;
import io.envtune.runtime.AtomicFiles;
import io.envtune.train.Evaluation;
import io.envtune.train.Figure;
import io.envtune.train.Figures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evaluation as a text table and as {@code summary.json}: per split and overall (pooled over every episode),
 * each figure with its standard error over tasks; the figures are computed by {@link Evaluation}.
 */
final class EvalSummary {

    private EvalSummary() {
    }

    /**
     * What was evaluated.
     *
     * @param policy the policy spec
     * @param samples episodes per task
     * @param constrained whether the policy decoded under the response-format grammar
     * @param seconds wall time of the evaluation
     */
    record Run(String policy, int samples, boolean constrained, double seconds) {
    }

    static String table(Evaluation e) {
        StringBuilder out = new StringBuilder(String.format("%-12s %8s %15s %15s %15s %15s %15s %6s%n", "split",
            "episodes", "success", "progress", "tool-turn acc", "answer-turn acc", "format valid", "steps"));
        e.splits().forEach((split, s) -> out.append(row(split, s)));
        return out.append(row("overall", e)).toString().stripTrailing();
    }

    private static String row(String name, Evaluation e) {
        return String.format("%-12s %8d %15s %15s %15s %15s %15s %6.2f%n", name, e.episodes(), fmt(e.success()),
            fmt(e.progress()), fmt(e.toolTurnAccuracy()), fmt(e.answerTurnAccuracy()), fmt(e.formatValidity()),
            e.meanSteps());
    }

    private static String fmt(Figure f) {
        return f.toString();
    }

    /**
     * @param file where to write
     * @param e the evaluation as decoded
     * @param unconstrained the same without the grammar, or null when the policy decodes unconstrained
     * @param run what was evaluated
     * @throws IOException when the file cannot be written
     */
    static void write(Path file, Evaluation e, Evaluation unconstrained, Run run) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("policy", run.policy());
        json.put("samples_per_task", run.samples());
        json.put("constrained", run.constrained());
        json.put("wall_seconds", run.seconds());
        json.put("tasks", e.tasks());
        json.putAll(figures(e, run.constrained()));
        if (unconstrained != null) {
            json.put("unconstrained", figures(unconstrained, false));
        }
        AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .create().toJson(json) + "\n");
    }

    private static Map<String, Object> figures(Evaluation e, boolean constrained) {
        Map<String, Object> splits = new LinkedHashMap<>();
        e.splits().forEach((k, v) -> splits.put(k, Figures.of(v, constrained)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("splits", splits);
        m.put("overall", Figures.of(e, constrained));
        return m;
    }
}
