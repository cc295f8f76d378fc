package io.envtune.report.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.envtune.api.EpisodeRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Streams the episode records of {@code records/step-NNNNN.jsonl} in step order into a {@link TurnLedger} and a
 * {@link SplitTally}, one line at a time. Lines that are not records are skipped and counted in a note.
 */
final class RecordScan {

    /** The same settings the runtime writes records with (nulls kept, no HTML escaping). */
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Pattern FILE = Pattern.compile("step-(\\d+)\\.jsonl");

    /**
     * The outcome of a scan.
     *
     * @param ledger the per-turn ledger
     * @param splits per-split accuracy
     * @param files the record files read
     */
    record Result(Ledger ledger, List<SplitAccuracy> splits, int files) {
    }

    private RecordScan() {
    }

    static Result scan(Path recordsDir, List<String> notes) throws IOException {
        TurnLedger ledger = new TurnLedger();
        SplitTally splits = new SplitTally();
        List<Path> files = stepFiles(recordsDir);
        for (Path file : files) {
            long step = stepOf(file);
            int bad = read(file, r -> {
                ledger.add(r);
                splits.add(step, r);
            });
            if (bad > 0) {
                notes.add("records/" + file.getFileName() + ": " + bad + " malformed line(s) skipped.");
            }
        }
        return new Result(ledger.result(), splits.result(), files.size());
    }

    private static List<Path> stepFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
                .sorted(Comparator.comparingLong(RecordScan::stepOf)).toList();
        }
    }

    private static long stepOf(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static int read(Path file, Consumer<EpisodeRecord> sink) throws IOException {
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                EpisodeRecord r = parse(line);
                if (r == null) {
                    bad++;
                } else {
                    sink.accept(r);
                }
            }
        }
        return bad;
    }

    private static EpisodeRecord parse(String line) {
        try {
            EpisodeRecord r = GSON.fromJson(line, EpisodeRecord.class);
            return r == null || r.taskId() == null ? null : r;
        } catch (RuntimeException e) {
            // Gson's parse errors, and the record's compact constructor rejecting missing lists (NPE), alike.
            return null;
        }
    }
}
