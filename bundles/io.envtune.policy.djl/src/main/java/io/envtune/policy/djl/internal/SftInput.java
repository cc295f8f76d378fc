package io.envtune.policy.djl.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Task;
import io.envtune.runtime.RecordJson;
import io.envtune.toolkit.TaskLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm start's {@code --data} file: either episode records ({@code records.jsonl} of {@code envtune:eval
 * --policy oracle --out DIR}) or tasks in the BFCL task format (one task per line, as {@code envtune:tasks
 * --generate} writes them). The first non-blank line decides which; every line must then be of that kind.
 *
 * @param tasks the tasks (empty for a records file)
 * @param records the records (empty for a tasks file)
 */
public record SftInput(List<Task> tasks, List<EpisodeRecord> records) {

    /**
     * @param file the file
     * @return its tasks or records
     * @throws IllegalArgumentException for a missing or empty file, or a malformed line (naming file and line)
     */
    public static SftInput read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--data " + file + ": no such file");
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int first = 0;
            while (first < lines.size() && lines.get(first).isBlank()) {
                first++;
            }
            if (first == lines.size()) {
                throw new IllegalArgumentException("--data " + file + ": empty");
            }
            JsonObject head = object(file, first + 1, lines.get(first));
            if (head.has("episodeId")) {
                return new SftInput(List.of(), records(file, lines));
            }
            if (head.has("question") || head.has("involved_classes")) {
                try (InputStream in = Files.newInputStream(file)) {
                    return new SftInput(TaskLines.read(in, file.toString()), List.of());
                }
            }
            throw new IllegalArgumentException(file + ":" + (first + 1) + ": neither an episode record (records.jsonl "
                    + "of envtune:eval --out DIR) nor a task in the BFCL task format");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonObject object(Path file, int line, String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException(file + ":" + line + ": not a JSON object");
            }
            return e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + ":" + line + ": malformed JSON (" + e.getMessage() + ")", e);
        }
    }

    private static List<EpisodeRecord> records(Path file, List<String> lines) {
        List<EpisodeRecord> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(RecordJson.fromLine(lines.get(i)));
            } catch (RuntimeException e) {
                // Gson reports a record with missing fields as a failed constructor call: a malformed line too
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not an episode record ("
                        + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    /**
     * @param file a tasks file (the {@code --tasks} of a records file)
     * @return its tasks
     * @throws IllegalArgumentException when the file is missing, holds records, or has a malformed line
     */
    public static List<Task> readTasks(Path file) {
        SftInput in = read(file);
        if (in.tasks().isEmpty()) {
            throw new IllegalArgumentException("--tasks " + file + ": holds episode records, not tasks");
        }
        return in.tasks();
    }
}
