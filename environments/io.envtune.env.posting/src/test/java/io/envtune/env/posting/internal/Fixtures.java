package io.envtune.env.posting.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Assume;

/** Finds and reads the shared BFCL fixtures (never copied into the project) and replays calls on one instance. */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * The {@code shared/bfcl} folder: walks up from the working directory looking for a {@code shared/bfcl} sibling,
     * else the {@code envtune.bfcl.dir} system property; skips the test when neither exists.
     */
    static Path bfclDir() {
        String property = System.getProperty("envtune.bfcl.dir");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("bfcl");
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        Assume.assumeTrue("BFCL fixtures not found (set -Denvtune.bfcl.dir)", false);
        return null;
    }

    /** Every line of a JSON Lines file as an object. */
    static List<JsonObject> lines(Path file) {
        try {
            List<JsonObject> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entry id → {@code initial_config} of the four question files. */
    static Map<String, JsonObject> initialConfigs(Path bfcl) {
        Map<String, JsonObject> out = new HashMap<>();
        for (String split : List.of("base", "miss_func", "miss_param", "long_context")) {
            Path file = bfcl.resolve("data").resolve("BFCL_v4_multi_turn_" + split + ".json");
            for (JsonObject entry : lines(file)) {
                out.put(entry.get("id").getAsString(), entry.getAsJsonObject("initial_config"));
            }
        }
        return out;
    }

    /** The scenario block of one class, {@code {}} when the config has none. */
    static String scenario(JsonObject initialConfig, String className) {
        JsonElement block = initialConfig == null ? null : initialConfig.get(className);
        return block == null ? "{}" : block.toString();
    }

    /** The tool name of a call string: the text before the first {@code (}. */
    static String toolName(String call) {
        int paren = call.indexOf('(');
        return (paren < 0 ? call : call.substring(0, paren)).strip();
    }

    /** Runs one call through the toolkit's executor with only this instance loaded. */
    static String run(EnvironmentInstance instance, Set<String> names, String call) {
        ToolResult r = new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, names))).execute(call);
        return r.text();
    }

    /** SHA-256 hex of the UTF-8 text. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts matches and keeps the first few mismatches for the failure message. */
    static final class Tally {
        int matched;
        int mismatched;
        final List<String> first = new ArrayList<>();

        void check(String where, String expected, String actual) {
            if (expected.equals(actual)) {
                matched++;
                return;
            }
            mismatched++;
            if (first.size() < 5) {
                first.add(where + "\n  expected: " + expected + "\n  actual:   " + actual);
            }
        }

        String report(String what) {
            return what + ": " + matched + " matched, " + mismatched + " mismatched\n" + String.join("\n", first);
        }
    }
}
