package io.envtune.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the per-stage table from the metrics lines, in the order the stages were first reached. */
public final class StageTable {

    private StageTable() {
    }

    /**
     * @param data the run
     * @return one row per stage reached, then the summary's stages that never were (0 steps)
     */
    public static List<StageRow> rows(RunData data) {
        Map<String, List<MetricLine>> byStage = new LinkedHashMap<>();
        data.metrics().forEach(m -> byStage.computeIfAbsent(m.stage(), k -> new ArrayList<>()).add(m));
        List<StageRow> rows = new ArrayList<>();
        byStage.forEach((stage, lines) -> rows.add(row(stage, lines)));
        if (data.summary() != null && data.summary().steps_per_stage() != null) {
            data.summary().steps_per_stage().keySet().stream().filter(s -> !byStage.containsKey(s))
                .forEach(s -> rows.add(new StageRow(s, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN)));
        }
        return rows;
    }

    private static StageRow row(String stage, List<MetricLine> lines) {
        double validation = Double.NaN;
        for (MetricLine m : lines) {
            validation = Double.isNaN(m.validationProgress()) ? validation : m.validationProgress();
        }
        return new StageRow(stage, lines.size(), lines.get(0).step(), lines.get(lines.size() - 1).step(),
            lines.stream().mapToDouble(MetricLine::rewardMean).average().orElse(Double.NaN),
            lines.stream().mapToDouble(MetricLine::progress).average().orElse(Double.NaN), validation);
    }

    /**
     * Where a stage begins, for the boundary markers of the per-step charts.
     *
     * @param stage the stage name
     * @param step its first step
     */
    public record StageStart(String stage, long step) {
    }

    /**
     * @param data the run
     * @return the first step of each stretch of steps in one stage, in step order
     */
    public static List<StageStart> starts(RunData data) {
        List<StageStart> starts = new ArrayList<>();
        String previous = null;
        for (MetricLine m : data.metrics()) {
            if (!m.stage().equals(previous)) {
                starts.add(new StageStart(m.stage(), m.step()));
                previous = m.stage();
            }
        }
        return starts;
    }
}
