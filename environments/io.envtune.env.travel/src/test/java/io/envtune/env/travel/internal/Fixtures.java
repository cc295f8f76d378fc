package io.envtune.env.travel.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Locates and reads the shared BFCL data and fixtures (never copied into the project). */
final class Fixtures {

    private Fixtures() {
    }

    /** @return the shared {@code bfcl} folder: a {@code shared/bfcl} beside an ancestor, or {@code envtune.bfcl.dir} */
    static Path bfclDir() {
        String property = System.getProperty("envtune.bfcl.dir");
        if (property != null) {
            return Paths.get(property);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("bfcl");
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/bfcl folder found; set -Denvtune.bfcl.dir");
    }

    /** @return every line of a JSONL file under the bfcl folder, parsed (numbers keep their literal text) */
    static List<JsonObject> jsonLines(String relative) {
        try {
            List<JsonObject> out = new ArrayList<>();
            for (String line : Files.readAllLines(bfclDir().resolve(relative), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the question entries of a split by id */
    static Map<String, JsonObject> questions(String split) {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonObject q : jsonLines("data/BFCL_v4_multi_turn_" + split + ".json")) {
            out.put(q.get("id").getAsString(), q);
        }
        return out;
    }

    /** @return a fresh TravelAPI instance for a scenario */
    static TableInstance<?> create(JsonElement scenario, boolean longContext) {
        String json = scenario == null ? "{}" : scenario.toString();
        EnvironmentOptions options = new EnvironmentOptions(longContext, bfclDir().resolve("data"));
        return (TableInstance<?>) new TravelEnvironment().create(json, options);
    }

    /** @return an executor over that one instance */
    static CallExecutor executor(TableInstance<?> instance) {
        return new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, TravelTools.TABLE.names())));
    }

    /** Collects mismatches and counts compared items. */
    static final class Tally {
        int compared;
        final List<String> mismatches = new ArrayList<>();

        void check(String where, String expected, String actual) {
            compared++;
            if (!expected.equals(actual)) {
                mismatches.add(where + "\n  expected: " + clip(expected) + "\n  actual:   " + clip(actual));
            }
        }

        String report(String what) {
            return what + ": " + (compared - mismatches.size()) + "/" + compared + " matched"
                + (mismatches.isEmpty() ? "" : "; first mismatch: " + mismatches.get(0));
        }

        private static String clip(String s) {
            return s.length() > 1500 ? s.substring(0, 1500) + "...(" + s.length() + " chars)" : s;
        }
    }
}
