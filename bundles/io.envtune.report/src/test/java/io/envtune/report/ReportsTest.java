package io.envtune.report;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReportsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Pattern DATA_URI = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final List<String> CHARTS = List.of("reward", "progress", "format", "kl", "gradnorm",
        "before-after", "splits");

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void writesOneSelfContainedPageWithEveryChart() throws IOException {
        Path run = tmp.newFolder("run").toPath();
        RunFixture.all(run);
        Path html = Reports.write(run);
        assertEquals(run.resolve("report.html").toAbsolutePath(), html);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        List<byte[]> images = embedded(page);
        assertEquals(CHARTS.size(), images.size());
        images.forEach(png -> assertArrayEquals(PNG, Arrays.copyOf(png, PNG.length)));
        for (String name : CHARTS) {
            byte[] file = Files.readAllBytes(run.resolve("report-" + name + ".png"));
            assertArrayEquals(PNG, Arrays.copyOf(file, PNG.length));
            assertTrue(page.contains("id=\"chart-" + name + "\""));
        }
        assertFalse("a complete run has no notes", page.contains("<h2>Notes</h2>"));
        assertFalse(page.contains("src=\"report-"));
    }

    @Test
    public void showsTheStageTable() throws IOException {
        Path run = tmp.newFolder("run").toPath();
        RunFixture.all(run);
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertTrue(page, page.contains("<tr><td>S1-syntax</td><td class=\"num\">3</td><td class=\"num\">1-3</td>"
            + "<td class=\"num\">0.200</td><td class=\"num\">0.100</td><td class=\"num\">0.400</td></tr>"));
        assertTrue(page.contains("<tr><td>S2-base-augmented</td><td class=\"num\">3</td><td class=\"num\">4-6</td>"
            + "<td class=\"num\">0.500</td><td class=\"num\">0.250</td><td class=\"num\">0.600</td></tr>"));
        assertTrue("a stage never reached is listed with 0 steps", page.contains(
            "<tr><td>S3-all-augmented</td><td class=\"num\">0</td><td class=\"num\">-</td>"));
    }

    @Test
    public void showsTheLedgerCounts() throws IOException {
        Path run = tmp.newFolder("run").toPath();
        RunFixture.all(run);
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertTrue(page, page.contains("<tr><td>multi_turn_base_0</td><td class=\"num\">1</td><td class=\"num\">3"
            + "</td><td class=\"num\">5</td><td class=\"num\">60%</td><td>" + RunFixture.MISMATCH + "</td></tr>"));
        assertTrue(page.contains("<tr><td>multi_turn_miss_func_1</td><td class=\"num\">0</td><td class=\"num\">1"
            + "</td><td class=\"num\">2</td><td class=\"num\">50%</td><td>" + RunFixture.RESPONSE + "</td></tr>"));
        assertTrue(page.contains("<tr><td>&#39;foo&#39; is not an available tool. Use only the tools listed in…</td>"
            + "<td class=\"num\">2</td><td class=\"num\">20%</td></tr>"));
        assertTrue(page.contains("<td class=\"num\">1</td><td class=\"num\">10%</td></tr>"));
        assertTrue("per-split accuracy", page.contains("<tr><td>miss_func</td><td class=\"num\">1</td>"
            + "<td class=\"num\">0.000</td><td class=\"num\">0.500</td><td class=\"num\">6</td>"
            + "<td class=\"num\">1.000</td><td class=\"num\">1.000</td></tr>"));
    }

    @Test
    public void writesAtomicallyLeavingNoTemporaryFiles() throws IOException {
        Path run = tmp.newFolder("run").toPath();
        RunFixture.all(run);
        Reports.write(run);
        Reports.write(run);
        try (Stream<Path> files = Files.list(run)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    public void anEmptyRunFolderStillGivesAReportWithNotes() throws IOException {
        Path run = tmp.newFolder("empty").toPath();
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertTrue(page.contains("<h2>Notes</h2>"));
        assertTrue(page.contains("metrics.jsonl is missing or empty"));
        assertTrue(page.contains("summary.json is missing (the run has not finished)"));
        assertTrue(page.contains("state.json is missing too"));
        assertTrue(page.contains("records/ holds no step-NNNNN.jsonl files"));
        assertTrue(page.contains("No chart: the run folder holds no data to draw."));
        assertEquals(0, embedded(page).size());
    }

    @Test
    public void anUnfinishedRunShowsItsBeforeNumbersAndSaysWhyNoAfter() throws IOException {
        Path run = tmp.newFolder("unfinished").toPath();
        RunFixture.metrics(run);
        RunFixture.state(run);
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertTrue(page.contains("the untrained policy&#39;s numbers come from state.json"));
        assertTrue(page, page.contains("<tr><td>training progress</td><td class=\"num\">0.120 ± 0.020</td>"
            + "<td class=\"num\">-</td>"));
        assertTrue(page, page.contains("<tr><td>validation tool-turn accuracy</td><td class=\"num\">0.200 ± 0.040"
            + "</td>"));
        assertEquals("5 step charts and the before/after chart", 6, embedded(page).size());
        assertTrue(page.contains("No episode records: the per-turn ledger is empty."));
    }

    @Test
    public void chartsWhoseDataIsGoneAreRemovedFromBesideThePage() throws IOException {
        Path run = tmp.newFolder("run").toPath();
        RunFixture.all(run);
        Reports.write(run);
        Files.delete(run.resolve("records/step-00001.jsonl"));
        Files.delete(run.resolve("records/step-00006.jsonl"));
        Reports.write(run);
        assertFalse(Files.exists(run.resolve("report-splits.png")));
        assertTrue(Files.exists(run.resolve("report-reward.png")));
    }

    @Test
    public void malformedLinesAreSkippedWithANote() throws IOException {
        Path run = tmp.newFolder("torn").toPath();
        RunFixture.all(run);
        Files.writeString(run.resolve("metrics.jsonl"), "{\"step\":7,\"stage\":\"S2-b", StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(run.resolve("records/step-00006.jsonl"), "not json\n", StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.APPEND);
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertTrue(page.contains("metrics.jsonl: 1 malformed line(s) skipped."));
        assertTrue(page.contains("records/step-00006.jsonl: 1 malformed line(s) skipped."));
    }

    @Test
    public void unmeasuredValuesDrawAsGapsNotFailures() throws IOException {
        Path run = tmp.newFolder("nan").toPath();
        RunFixture.all(run);
        String metrics = Files.readString(run.resolve("metrics.jsonl"), StandardCharsets.UTF_8);
        Files.writeString(run.resolve("metrics.jsonl"), metrics.replaceAll("\"kl\":[0-9.]+", "\"kl\":NaN"),
            StandardCharsets.UTF_8);
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertEquals(CHARTS.size(), embedded(page).size());
        assertFalse(page.contains("could not be drawn"));
    }

    @Test(expected = java.nio.file.NoSuchFileException.class)
    public void aMissingFolderIsAnError() throws IOException {
        Reports.write(tmp.getRoot().toPath().resolve("nope"));
    }

    @Test
    public void theTextTableSummarisesTheRun() throws IOException {
        Path run = tmp.newFolder("run").toPath();
        RunFixture.all(run);
        String text = Reports.text(run);
        assertTrue(text, text.contains("S1-syntax                   3 1-3            0.200     0.100     0.400\n"));
        assertTrue(text, text.contains("training progress                        0.120           0.410   +0.290\n"));
        assertTrue(text, text.contains("validation tool-turn acc.        0.200 ± 0.040   0.450 ± 0.060   +0.250\n"));
        assertTrue(text, text.contains("  always-answer baseline         0.250 ± 0.050               -        -\n"));
        assertTrue(text, text.contains("format validity (no grammar)     0.550 ± 0.050   0.970 ± 0.010   +0.420\n"));
        assertTrue(text, text.contains("validation: 10 tasks x 4 samples"));
        assertTrue(text.contains("steps 6, wall time 12m 34s, format validity after stage 1 0.970"));
        assertTrue(text.contains("  multi_turn_base_0 turn 1: 3/5 failed, mostly " + RunFixture.MISMATCH + "\n"));
        assertTrue(text.contains("hints that fired (of 10 steps):\n"));
        assertFalse(text.contains("note:"));
        try (Stream<Path> files = Files.list(run)) {
            assertTrue("text writes nothing", files.noneMatch(p -> p.getFileName().toString().startsWith("report")));
        }
    }

    @Test
    public void theTextTableNotesMissingFiles() throws IOException {
        String text = Reports.text(tmp.newFolder("empty").toPath());
        assertTrue(text.contains("note: metrics.jsonl is missing or empty"));
        assertTrue(text.contains("note: summary.json is missing"));
    }

    @Test
    public void aFinishedRunShowsPerSplitNumbersOfTheBeforeAfterEvaluation() throws IOException {
        Path run = tmp.newFolder("splits").toPath();
        RunFixture.all(run);
        String summary = Files.readString(run.resolve("summary.json"), StandardCharsets.UTF_8).trim();
        summary = summary.substring(0, summary.length() - 1) + """
            , "per_split": {
                "base": {"episodes": 5, "accuracy_before": 0.0, "accuracy_after": 0.4, "progress_before": 0.1,
                         "progress_after": 0.55},
                "miss_param": {"episodes": 3, "accuracy_before": 0.0, "accuracy_after": 0.0,
                               "progress_before": 0.25, "progress_after": 0.125}}}
            """;
        Files.writeString(run.resolve("summary.json"), summary, StandardCharsets.UTF_8);
        String text = Reports.text(run);
        assertTrue(text, text.contains("training progress by split"));
        assertTrue(text, text.contains("  base") && text.contains("+0.450"));
        assertTrue(text, text.contains("  miss_param") && text.contains("-0.125"));
        String page = Files.readString(Reports.write(run), StandardCharsets.UTF_8);
        assertTrue("the split table is the evaluation's: step 0 before, step 6 after",
            page.contains("<td>base</td><td class=\"num\">0</td><td class=\"num\">0.000</td><td class=\"num\">0.100</td>"
                + "<td class=\"num\">6</td><td class=\"num\">0.400</td><td class=\"num\">0.550</td>"));
    }

    private static List<byte[]> embedded(String page) {
        List<byte[]> out = new ArrayList<>();
        Matcher m = DATA_URI.matcher(page);
        while (m.find()) {
            out.add(Base64.getDecoder().decode(m.group(1)));
        }
        return out;
    }
}
