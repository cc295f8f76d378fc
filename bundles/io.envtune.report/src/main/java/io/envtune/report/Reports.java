package io.envtune.report;

import io.envtune.report.internal.ChartImage;
import io.envtune.report.internal.Charts;
import io.envtune.report.internal.HtmlReport;
import io.envtune.report.internal.ReportText;
import io.envtune.report.internal.RunData;
import io.envtune.report.internal.RunFiles;
import io.envtune.report.internal.StageRow;
import io.envtune.report.internal.StageTable;
import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of a training run folder. Only the folder is required: a missing {@code summary.json} (a run still
 * going or killed), missing records or metrics leave their sections empty with a note saying why. Stateless and
 * thread-safe, but two reports of the same folder written at once race for the same files (each write is atomic,
 * the last one wins).
 */
public final class Reports {

    /** The report page's file name inside the run folder. */
    public static final String HTML = "report.html";

    private Reports() {
    }

    /**
     * Writes {@code report.html} into the run folder, one self-contained page with its charts embedded as base64
     * PNG data URIs, and each chart also as {@code report-NAME.png} beside it. Every file is written atomically.
     * Charts are drawn headless ({@code java.awt.headless=true} unless the JVM chose otherwise).
     *
     * @param runDir a run folder written by the training loop
     * @return the path of {@code report.html}
     * @throws java.nio.file.NoSuchFileException when the folder does not exist
     * @throws IOException when a file cannot be read or written
     */
    public static Path write(Path runDir) throws IOException {
        RunData data = RunFiles.read(runDir);
        List<StageRow> stages = StageTable.rows(data);
        Charts.Rendered charts = Charts.render(data);
        for (ChartImage c : charts.images()) {
            AtomicFiles.writeBytes(data.dir().resolve(c.fileName()), c.png());
        }
        // A chart an earlier report drew but this one cannot (its data is gone) must not linger beside the page.
        for (String name : Charts.NAMES) {
            if (charts.images().stream().noneMatch(c -> c.name().equals(name))) {
                Files.deleteIfExists(data.dir().resolve(ChartImage.fileName(name)));
            }
        }
        Path html = data.dir().resolve(HTML);
        AtomicFiles.writeString(html, HtmlReport.render(data, stages, charts));
        return html;
    }

    /**
     * The short text form for a terminal: the per-stage table, untrained against final numbers, the turns that
     * fail most, the hints that fired most, and notes on missing files. Writes nothing.
     *
     * @param runDir a run folder written by the training loop
     * @return the text, each line ending in a newline
     * @throws java.nio.file.NoSuchFileException when the folder does not exist
     * @throws IOException when a file cannot be read
     */
    public static String text(Path runDir) throws IOException {
        RunData data = RunFiles.read(runDir);
        return ReportText.render(data, StageTable.rows(data));
    }
}
