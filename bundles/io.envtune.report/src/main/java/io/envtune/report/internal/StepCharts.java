package io.envtune.report.internal;

import io.envtune.report.internal.StageTable.StageStart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The per-step line charts, each with a dashed, labelled line where a stage begins. */
final class StepCharts {

    /** Above this many points the line alone reads better than a shape per point. */
    private static final int SHAPES_UP_TO = 40;

    private StepCharts() {
    }

    static JFreeChart reward(RunData data) {
        YIntervalSeries s = new YIntervalSeries("mean reward ± std");
        data.metrics().forEach(m -> s.add(m.step(), m.rewardMean(), m.rewardMean() - m.rewardStd(),
            m.rewardMean() + m.rewardStd()));
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, data.metrics().size() <= SHAPES_UP_TO);
        r.setSeriesPaint(0, ChartStyle.LINE);
        r.setSeriesFillPaint(0, ChartStyle.BEFORE);
        r.setAlpha(0.35f);
        return chart("Training reward per step", "reward", ds, r, data);
    }

    static JFreeChart progress(RunData data) {
        XYSeries validation = new XYSeries("validation progress", false, true);
        data.metrics().stream().filter(m -> !Double.isNaN(m.validationProgress()))
            .forEach(m -> validation.add(m.step(), m.validationProgress()));
        XYSeriesCollection ds = collection(series("training progress", data, MetricLine::progress));
        if (!validation.isEmpty()) {
            ds.addSeries(validation);
        }
        return chart("Progress per step", "progress", ds, lines(data, ds.getSeriesCount()), data);
    }

    static JFreeChart single(RunData data, String title, String label, ToDoubleFunction<MetricLine> value) {
        XYSeriesCollection ds = collection(series(label, data, value));
        return chart(title, label, ds, lines(data, 1), data);
    }

    private static XYSeries series(String key, RunData data, ToDoubleFunction<MetricLine> value) {
        XYSeries s = new XYSeries(key, false, true);
        data.metrics().forEach(m -> s.add(m.step(), value.applyAsDouble(m)));
        return s;
    }

    private static XYSeriesCollection collection(XYSeries s) {
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(s);
        return ds;
    }

    private static XYLineAndShapeRenderer lines(RunData data, int seriesCount) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartStyle.LINE);
        r.setSeriesShapesVisible(0, data.metrics().size() <= SHAPES_UP_TO);
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        if (seriesCount > 1) {
            // Validation is measured every few steps only: points joined by a thinner line.
            r.setSeriesPaint(1, ChartStyle.SECOND);
            r.setSeriesShapesVisible(1, true);
        }
        return r;
    }

    private static JFreeChart chart(String title, String label, XYDataset ds, XYLineAndShapeRenderer r,
                                    RunData data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "step", label, ds, PlotOrientation.VERTICAL,
            ds.getSeriesCount() > 1 || r instanceof DeviationRenderer, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(r);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        long last = data.metrics().get(data.metrics().size() - 1).step();
        long first = data.metrics().get(0).step();
        x.setRange(first - 0.5, last + 0.5);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        StageTable.starts(data).forEach(s -> plot.addDomainMarker(boundary(s)));
        return ChartStyle.styled(chart);
    }

    private static ValueMarker boundary(StageStart start) {
        // Half a step before the stage's first step: the line falls between the last step of one stage and the next.
        ValueMarker m = new ValueMarker(start.step() - 0.5, ChartStyle.BOUNDARY, ChartStyle.DASHED);
        m.setLabel(start.stage());
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}
