package io.envtune.toolkit.fuzz;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.Assume;

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

    /** @return shared/bfcl: the system property {@code envtune.bfcl.dir}, or a {@code shared/bfcl} found upwards */
    static Path bfclDir() {
        String prop = System.getProperty("envtune.bfcl.dir");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : new Path[] {p.resolve("shared/bfcl"), p.resolveSibling("shared").resolve("bfcl")}) {
                if (Files.isDirectory(candidate.resolve("data/possible_answer"))) {
                    return candidate;
                }
            }
        }
        Assume.assumeTrue("shared/bfcl not found", false);
        return null;
    }
}
