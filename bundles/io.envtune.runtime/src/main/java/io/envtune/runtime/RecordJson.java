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
        return escapeLoneSurrogates(GSON.toJson(record));
    }

    /**
     * Writes each unpaired surrogate as a backslash-u escape. Model text may hold one (a token cut through an emoji);
     * raw, it has no UTF-8 form, so the record file could not be written at all. Surrogates only occur inside JSON
     * strings, where the escape reads back to the same character.
     */
    private static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < json.length()
                && Character.isLowSurrogate(json.charAt(i + 1))
                : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(json.charAt(i - 1)));
            if (!paired && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                out.append(paired ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? json : out.toString();
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
