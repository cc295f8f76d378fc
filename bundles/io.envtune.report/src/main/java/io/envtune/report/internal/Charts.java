package io.envtune.report.internal;

import java.awt.AWTError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * Draws every chart of a run to PNG. A chart that cannot be drawn (no fonts on a bare machine, say) becomes a note,
 * so the rest of the report is still written.
 */
public final class Charts {

    /**
     * The charts drawn and the ones that failed.
     *
     * @param images the charts, in report order
     * @param failures one sentence per chart that could not be drawn
     */
    public record Rendered(List<ChartImage> images, List<String> failures) {

        /** Copies the lists so the record stays immutable. */
        public Rendered {
            images = List.copyOf(images);
            failures = List.copyOf(failures);
        }
    }

    /** Every chart's name, in report order. */
    public static final List<String> NAMES = List.of("reward", "progress", "format", "kl", "gradnorm",
        "before-after", "splits");

    private Charts() {
    }

    /**
     * @param data the run
     * @return the per-step charts (when there are metrics), then the before/after and per-split bar charts (when
     *     there is data for them)
     */
    public static Rendered render(RunData data) {
        ChartStyle.headless();
        List<ChartImage> images = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (!data.metrics().isEmpty()) {
            draw("reward", () -> StepCharts.reward(data), images, failures);
            draw("progress", () -> StepCharts.progress(data), images, failures);
            draw("format", () -> StepCharts.single(data, "Format validity per step", "format validity",
                MetricLine::formatValidity), images, failures);
            draw("kl", () -> StepCharts.single(data, "KL to the reference per step", "KL", MetricLine::kl), images,
                failures);
            draw("gradnorm", () -> StepCharts.single(data, "Gradient norm per step (before clipping)", "grad norm",
                MetricLine::gradNorm), images, failures);
        }
        draw("before-after", () -> BarCharts.beforeAfter(data), images, failures);
        draw("splits", () -> BarCharts.splits(data), images, failures);
        return new Rendered(images, failures);
    }

    private static void draw(String name, Supplier<JFreeChart> chart, List<ChartImage> images,
                             List<String> failures) {
        try {
            JFreeChart c = chart.get();
            if (c != null) {
                images.add(new ChartImage(name, c.getTitle().getText(), ChartStyle.png(c)));
            }
        } catch (RuntimeException | LinkageError | AWTError e) {
            // AWT without fonts or native libraries fails with errors, not exceptions; the tables still stand.
            failures.add("chart '" + name + "' could not be drawn: " + e);
        }
    }
}
