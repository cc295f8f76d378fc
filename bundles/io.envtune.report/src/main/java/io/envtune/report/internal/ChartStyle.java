package io.envtune.report.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/** The look shared by every chart (white background, light grid) and PNG rendering. */
final class ChartStyle {

    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color BOUNDARY = new Color(0x88, 0x88, 0x88);
    static final Color BEFORE = new Color(0x9E, 0xB8, 0xD9);
    static final Color AFTER = new Color(0x1F, 0x5F, 0xAF);
    static final Color LINE = new Color(0x1F, 0x5F, 0xAF);
    static final Color SECOND = new Color(0xD9, 0x5F, 0x0E);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final BasicStroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {4f, 4f}, 0f);

    private ChartStyle() {
    }

    /**
     * Reports run inside a shell or a build without a display; AWT reads this property once, at its first use, so
     * it is set (when nobody chose otherwise) before any chart object exists.
     */
    static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
        }
        return chart;
    }

    static byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
