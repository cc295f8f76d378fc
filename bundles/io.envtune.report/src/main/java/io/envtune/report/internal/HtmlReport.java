package io.envtune.report.internal;

import java.util.Base64;
import java.util.List;

/** The whole report page: one HTML file, its charts embedded as base64 PNG data URIs. */
public final class HtmlReport {

    private static final String STYLE = """
        body{font-family:sans-serif;margin:2em auto;max-width:820px;color:#222}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}h3{font-size:1em}
        table{border-collapse:collapse;margin:.5em 0}th,td{padding:.2em .6em;border-bottom:1px solid #e4e4e4}
        th{text-align:left;background:#f4f4f4}.num{text-align:right;font-variant-numeric:tabular-nums}
        .notes{background:#fff6e0;border:1px solid #e8c66a;padding:.4em 1em}.dir,.more,.empty{color:#666}
        figure{margin:1em 0}img{max-width:100%;border:1px solid #eee}pre{background:#f7f7f7;padding:.6em}
        """;

    private HtmlReport() {
    }

    /**
     * @param data the run
     * @param stages the per-stage table
     * @param charts the rendered charts
     * @return the page
     */
    public static String render(RunData data, List<StageRow> stages, Charts.Rendered charts) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>envtune run report: ").append(Html.esc(data.dir().getFileName().toString()))
            .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
            .append("<h1>envtune run report</h1>\n").append(Html.para("dir", "run folder: " + data.dir()));
        notes(out, data.notes(), charts.failures());
        out.append("<h2>Outcome</h2>\n").append(HtmlTables.outcomes(data)).append(HtmlTables.facts(data));
        out.append("<h2>Charts</h2>\n");
        if (charts.images().isEmpty()) {
            out.append(Html.para("empty", "No chart: the run folder holds no data to draw."));
        }
        charts.images().forEach(c -> figure(out, c));
        out.append("<h2>Stages</h2>\n").append(HtmlTables.stages(stages));
        out.append("<h2>Accuracy per split</h2>\n").append(Html.para("more", "Training rollouts of the first and "
            + "the last recorded step that played each split; the split is read from the task id."))
            .append(HtmlTables.splits(data.splits()));
        out.append("<h2>Per-turn ledger</h2>\n<h3>Turns that fail most</h3>\n").append(HtmlTables.turns(data.ledger()))
            .append("<h3>Hints that fired</h3>\n").append(HtmlTables.hints(data.ledger()));
        if (data.config() != null) {
            out.append("<h2>Configuration</h2>\n<details><summary>config.json</summary>\n<pre>")
                .append(Html.esc(data.config())).append("</pre>\n</details>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void notes(StringBuilder out, List<String> notes, List<String> failures) {
        if (notes.isEmpty() && failures.isEmpty()) {
            return;
        }
        out.append("<div class=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
        notes.forEach(n -> out.append("<li>").append(Html.esc(n)).append("</li>\n"));
        failures.forEach(n -> out.append("<li>").append(Html.esc(n)).append("</li>\n"));
        out.append("</ul>\n</div>\n");
    }

    private static void figure(StringBuilder out, ChartImage c) {
        out.append("<figure id=\"chart-").append(c.name()).append("\"><img alt=\"").append(Html.esc(c.title()))
            .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(c.png()))
            .append("\"></figure>\n");
    }
}
