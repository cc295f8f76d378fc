package io.envtune.report.internal;

import java.text.DecimalFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The before/after bar charts: the run's summary numbers and per-split accuracy. */
final class BarCharts {

    /** Room above 1.0 for the value labels of full bars. */
    private static final double TOP = 1.12;

    private BarCharts() {
    }

    /**
     * @param data the run
     * @return untrained against final policy, from {@code summary.json} (or only "before" from {@code state.json}),
     *     or null when the run holds neither
     */
    static JFreeChart beforeAfter(RunData data) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Outcome.of(data).forEach(o -> add(ds, o.label(), o.before(), o.after(), "untrained", "final"));
        return ds.getColumnCount() == 0 ? null
            : bars("Untrained vs final policy (same tasks, same sampling)", "share", ds);
    }

    /**
     * @param data the run
     * @return per-split accuracy before and after (see {@link SplitAccuracy}), or null when unknown
     */
    static JFreeChart splits(RunData data) {
        if (data.splits().isEmpty()) {
            return null;
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        boolean evaluated = data.splits().get(0).evaluated();
        data.splits().forEach(s -> add(ds, s.split(), s.before(), s.after(),
            evaluated ? "untrained policy" : "first recorded step", evaluated ? "final policy" : "last recorded step"));
        return bars(evaluated ? "Accuracy per split on the training tasks: untrained vs final policy"
            : "Accuracy per split: first vs last recorded training step", "accuracy", ds);
    }

    private static void add(DefaultCategoryDataset ds, String category, double before, double after,
                            String beforeKey, String afterKey) {
        ds.addValue(Double.isNaN(before) ? null : before, beforeKey, category);
        ds.addValue(Double.isNaN(after) ? null : after, afterKey, category);
    }

    private static JFreeChart bars(String title, String label, DefaultCategoryDataset ds) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, label, ds, PlotOrientation.VERTICAL, true, false,
            false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, TOP);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, ChartStyle.BEFORE);
        r.setSeriesPaint(1, ChartStyle.AFTER);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.00")));
        r.setDefaultItemLabelsVisible(true);
        return ChartStyle.styled(chart);
    }
}
