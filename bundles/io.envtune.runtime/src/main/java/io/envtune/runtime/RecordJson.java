package io.envtune.runtime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.envtune.api.EpisodeRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Episode records as JSON lines, the form they are stored and replayed in. Files are written atomically
 * ({@link AtomicFiles}), so a kill never leaves a half-written record file. Thread-safe.
 */
public final class RecordJson {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private RecordJson() {
    }

    /**
     * @param record a record
     * @return one JSON line (no newline)
     */
    public static String toLine(EpisodeRecord record) {
        return GSON.toJson(record);
    }

    /**
     * @param line one JSON line
     * @return the record
     * @throws IllegalArgumentException when the line is not a record
     */
    public static EpisodeRecord fromLine(String line) {
        try {
            EpisodeRecord r = GSON.fromJson(line, EpisodeRecord.class);
            if (r == null || r.episodeId() == null || r.steps() == null) {
                throw new IllegalArgumentException("not an episode record: " + abbreviate(line));
            }
            return r;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed episode record: " + e.getMessage(), e);
        }
    }

    /**
     * Writes records to a file atomically, replacing it.
     *
     * @param file the target
     * @param records the records
     * @throws IOException when writing fails (the old file, if any, is untouched)
     */
    public static void write(Path file, List<EpisodeRecord> records) throws IOException {
        AtomicFiles.write(file, w -> {
            for (EpisodeRecord r : records) {
                w.write(toLine(r));
                w.write('\n');
            }
        });
    }

    /**
     * @param file a JSONL file of records
     * @return the records in file order
     * @throws IOException when reading fails
     * @throws IllegalArgumentException naming the line when a line is not a record
     */
    public static List<EpisodeRecord> read(Path file) throws IOException {
        List<EpisodeRecord> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(fromLine(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
