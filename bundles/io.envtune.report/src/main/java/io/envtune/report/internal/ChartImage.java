package io.envtune.report.internal;

/**
 * One rendered chart.
 *
 * @param name the file-name stem ({@code reward} becomes {@code report-reward.png})
 * @param title the chart's title, also the image's alt text
 * @param png the PNG bytes (not copied: callers must not change them)
 */
public record ChartImage(String name, String title, byte[] png) {

    /** @return the file name written beside {@code report.html} */
    public String fileName() {
        return fileName(name);
    }

    /**
     * @param name a chart's name
     * @return the file name its PNG has beside {@code report.html}
     */
    public static String fileName(String name) {
        return "report-" + name + ".png";
    }
}
