package io.envtune.toolkit.fuzz;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The seed corpus: every ground-truth call string of the BFCL multi-turn answers
 * ({@code shared/bfcl/data/possible_answer/*.json}), read by path, never copied into the project.
 */
final class GroundTruthCalls {

    private GroundTruthCalls() {
    }

    /** @return every distinct ground-truth call, in file order; skips the calling test when the data is missing */
    static List<String> load() {
        Set<String> calls = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(bfclDir().resolve("data/possible_answer"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        addCalls(JsonParser.parseString(line).getAsJsonObject().get("ground_truth"), calls);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(calls);
    }

    private static void addCalls(JsonElement turns, Set<String> calls) {
        for (JsonElement turn : turns.getAsJsonArray()) {
            for (JsonElement call : turn.getAsJsonArray()) {
                calls.add(call.getAsString());
            }
        }
    }

    /** @return shared/bfcl with its answers (the rules of {@link io.envtune.toolkit.Bfcl}) */
    static Path bfclDir() {
        return io.envtune.toolkit.Bfcl.dir("data/possible_answer");
    }
}
