package io.envtune.bench.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result file ({@code -rf json}) and prints the same kind of table as the bench command: median
 * and p90 of the sample-time benchmarks beside the Python reference, and the auxiliary episode and step rates of the
 * rollout benchmark. Stateless.
 */
public final class JmhSummary {

    private JmhSummary() {
    }

    /**
     * @param out where to print
     * @param file the JMH result file
     * @throws UncheckedIOException when it cannot be read
     */
    public static void print(PrintStream out, Path file) {
        JsonArray results;
        try {
            results = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        out.println();
        out.println("== JMH results from " + file);
        out.println(String.format(Locale.ROOT, "%-62s %10s %10s %8s %9s", "benchmark", "median", "p90", "ref µs",
            "speedup"));
        for (JsonElement e : results) {
            line(out, e.getAsJsonObject());
        }
    }

    private static void line(PrintStream out, JsonObject r) {
        String name = r.get("benchmark").getAsString().replace("io.envtune.bench.internal.", "") + params(r);
        JsonObject primary = r.getAsJsonObject("primaryMetric");
        String unit = primary.get("scoreUnit").getAsString();
        JsonObject secondary = r.getAsJsonObject("secondaryMetrics");
        if (!"sample".equals(r.get("mode").getAsString()) && secondary != null && !secondary.entrySet().isEmpty()) {
            for (Map.Entry<String, JsonElement> m : secondary.entrySet()) {
                out.println(String.format(Locale.ROOT, "%-62s %10.0f %10s %8s %9s", name + " " + m.getKey() + "/s",
                    m.getValue().getAsJsonObject().get("score").getAsDouble(), "-", "-", "-"));
            }
            return;
        }
        // Sample mode has real percentiles; other modes give the iteration scores' percentiles, still a fair median.
        JsonObject pct = primary.getAsJsonObject("scorePercentiles");
        double median = pct.get("50.0").getAsDouble();
        double reference = reference(name);
        String ref = Double.isNaN(reference) ? "-" : String.format(Locale.ROOT, "%.0f", reference);
        String speedup = Double.isNaN(reference) ? "-" : String.format(Locale.ROOT, "%.1fx", reference / median);
        out.println(String.format(Locale.ROOT, "%-62s %10.2f %10.2f %8s %9s", name + " (" + unit + ")", median,
            pct.get("90.0").getAsDouble(), ref, speedup));
    }

    private static String params(JsonObject r) {
        JsonObject params = r.getAsJsonObject("params");
        if (params == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        params.entrySet().forEach(p -> sb.append(' ').append(p.getKey()).append('=')
            .append(p.getValue().getAsString()));
        return sb.toString();
    }

    private static double reference(String name) {
        if (name.startsWith("CallBenchmark") || name.startsWith("CdBenchmark")) {
            return Row.PY_CALL;
        } else if (name.startsWith("ResetBenchmark")) {
            return Row.PY_RESET;
        } else if (name.startsWith("TurnBenchmark")) {
            return Row.PY_TURN;
        }
        return Double.NaN;
    }
}
