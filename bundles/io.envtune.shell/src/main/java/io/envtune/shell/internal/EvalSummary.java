package io.envtune.shell.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.envtune.runtime.AtomicFiles;
import io.envtune.train.AccuracyTable;
import io.envtune.train.Evaluation;
import io.envtune.train.Figure;
import io.envtune.train.Figures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evaluation as a text table and as {@code summary.json}: per split and overall (pooled over every episode),
 * each figure with its standard error over tasks (computed by {@link Evaluation}), and beside them the part, the
 * split seed and BFCL accuracy in the paper's Table-1 layout ({@link AccuracyTable}: {@code entries}, {@code
 * accuracy} in percent, {@code accuracy_std} over the samples, {@code accuracy_per_sample}).
 */
final class EvalSummary {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
        .create();

    private EvalSummary() {
    }

    /**
     * What was evaluated.
     *
     * @param policy the policy spec
     * @param samples episodes per task
     * @param constrained whether the policy decoded under the response-format grammar
     * @param seconds wall time of the evaluation
     * @param part the part of the seeded split played ({@code all} for every task)
     * @param seed the seed of the split and of sampling
     */
    record Run(String policy, int samples, boolean constrained, double seconds, String part, long seed) {
    }

    /**
     * What was measured.
     *
     * @param evaluation the figures per split and overall
     * @param table BFCL accuracy in the layout of the paper's Table 1
     */
    record Result(Evaluation evaluation, AccuracyTable table) {
    }

    /** @return the line above the Table-1 layout: what it measured */
    static String heading(Run run) {
        return "BFCL accuracy (%), part " + run.part() + ", split seed " + run.seed() + ", " + run.samples()
            + (run.samples() > 1 ? " samples per task (mean ± std over the samples)" : " sample per task") + ":";
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
     * @param result the evaluation as decoded, with its Table-1 accuracies
     * @param unconstrained the same without the grammar, or null when the policy decodes unconstrained
     * @param run what was evaluated
     * @throws IOException when the file cannot be written
     */
    static void write(Path file, Result result, Evaluation unconstrained, Run run) throws IOException {
        Evaluation e = result.evaluation();
        JsonObject json = new JsonObject();
        json.addProperty("part", run.part());
        json.addProperty("seed", run.seed());
        json.addProperty("policy", run.policy());
        json.addProperty("samples_per_task", run.samples());
        json.addProperty("constrained", run.constrained());
        json.addProperty("wall_seconds", run.seconds());
        json.addProperty("tasks", e.tasks());
        JsonObject splits = new JsonObject();
        result.table().splits().forEach((k, c) -> splits.add(k, merged(e.splits().get(k), c, run.constrained())));
        e.splits().forEach((k, v) -> {
            if (!splits.has(k)) {
                splits.add(k, GSON.toJsonTree(Figures.of(v, run.constrained())));
            }
        });
        json.add("splits", splits);
        json.add("overall", merged(e, result.table().overall(), run.constrained()));
        if (unconstrained != null) {
            json.add("unconstrained", GSON.toJsonTree(figures(unconstrained, false)));
        }
        AtomicFiles.writeString(file, GSON.toJson(json) + "\n");
    }

    /** A split's figures with its Table-1 accuracy beside them: entries, accuracy (%), its std and each sample's. */
    private static JsonObject merged(Evaluation e, AccuracyTable.Column c, boolean constrained) {
        JsonObject o = new JsonObject();
        o.addProperty("entries", c.entries());
        o.addProperty("accuracy", c.accuracy());
        o.addProperty("accuracy_std", c.std());
        o.add("accuracy_per_sample", GSON.toJsonTree(c.perSample()));
        if (e != null) {
            GSON.toJsonTree(Figures.of(e, constrained)).getAsJsonObject().entrySet()
                .forEach(f -> o.add(f.getKey(), f.getValue()));
        }
        return o;
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
