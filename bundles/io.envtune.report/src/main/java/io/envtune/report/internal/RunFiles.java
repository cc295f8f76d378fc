package io.envtune.report.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a run folder into {@link RunData}. Only the folder itself is required: each missing or unreadable file
 * leaves its part empty and adds a note saying what the report lacks because of it.
 */
public final class RunFiles {

    /** Lenient, because the training loop writes NaN for values not measured. */
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().setPrettyPrinting()
        .disableHtmlEscaping().setStrictness(Strictness.LENIENT).create();

    private RunFiles() {
    }

    /**
     * @param dir a run folder
     * @return its contents
     * @throws NoSuchFileException when the folder does not exist
     * @throws IOException when a file exists but cannot be read
     */
    public static RunData read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a run folder");
        }
        List<String> notes = new ArrayList<>();
        List<MetricLine> metrics = metrics(dir.resolve("metrics.jsonl"), notes);
        SummaryData summary = json(dir.resolve("summary.json"), SummaryData.class, notes);
        StateData state = json(dir.resolve("state.json"), StateData.class, notes);
        CurriculumData curriculum = json(dir.resolve("curriculum.json"), CurriculumData.class, notes);
        JsonElement config = json(dir.resolve("config.json"), JsonElement.class, notes);
        RecordScan.Result records = RecordScan.scan(dir.resolve("records"), notes);
        missing(metrics.isEmpty(), "metrics.jsonl is missing or empty: no per-step charts and no stage table.", notes);
        missing(summary == null, "summary.json is missing (the run has not finished): no final before/after numbers"
            + (state == null ? "." : "; the untrained policy's numbers come from state.json."), notes);
        missing(summary == null && state == null, "state.json is missing too: the untrained policy's numbers are "
            + "unknown.", notes);
        missing(records.files() == 0, "records/ holds no step-NNNNN.jsonl files: no per-turn ledger and no per-split "
            + "accuracy.", notes);
        return new RunData(dir.toAbsolutePath(), metrics, summary, state, curriculum,
            config == null ? null : GSON.toJson(config), records.ledger(), splits(summary, records), notes);
    }

    /** The before/after evaluation's pairs when the run finished with them, else the training rollouts'. */
    private static List<SplitAccuracy> splits(SummaryData summary, RecordScan.Result records) {
        List<SplitAccuracy> evaluated = summary == null ? List.of() : summary.splitAccuracy();
        return evaluated.isEmpty() ? records.splits() : evaluated;
    }

    private static void missing(boolean condition, String note, List<String> notes) {
        if (condition) {
            notes.add(note);
        }
    }

    private static List<MetricLine> metrics(Path file, List<String> notes) throws IOException {
        List<MetricLine> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        int bad = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                MetricLine m = parse(line, MetricLine.class);
                bad += m == null || m.stage() == null ? 1 : 0;
                if (m != null && m.stage() != null) {
                    out.add(m);
                }
            }
        }
        if (bad > 0) {
            notes.add("metrics.jsonl: " + bad + " malformed line(s) skipped.");
        }
        out.sort(Comparator.comparingLong(MetricLine::step));
        return out;
    }

    private static <T> T json(Path file, Class<T> type, List<String> notes) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        T value = parse(Files.readString(file, StandardCharsets.UTF_8), type);
        if (value == null) {
            notes.add(file.getFileName() + " is not valid JSON of the expected shape and was ignored.");
        }
        return value;
    }

    private static <T> T parse(String json, Class<T> type) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.LENIENT);
            return GSON.fromJson(reader, type);
        } catch (IOException | RuntimeException e) {
            // A torn or hand-edited file: the caller reports it as a note instead of failing the whole report.
            return null;
        }
    }
}
