package io.envtune.env.math.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Assume;

/**
 * Reads the shared BFCL reference folder ({@code shared/bfcl}, a sibling of the repository root, or the system
 * property {@code envtune.bfcl.dir}) by path; nothing of it is copied into the project. Tests are skipped when the
 * folder is absent.
 */
final class BfclFixtures {

    /** The four BFCL multi-turn splits. */
    static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private static final Pattern CALL_NAME = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*\\(");

    private BfclFixtures() {
    }

    /** @return the BFCL folder; skips the calling test when there is none */
    static Path dir() {
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
        Assume.assumeTrue("shared/bfcl not found; set -Denvtune.bfcl.dir", false);
        return null;
    }

    /** @return the BFCL data folder */
    static Path dataDir() {
        return dir().resolve("data");
    }

    /** @return every line of a JSON Lines file under the BFCL folder, parsed */
    static List<JsonObject> lines(String relative) {
        try {
            return Files.readAllLines(dir().resolve(relative), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the question entries of every split by id */
    static Map<String, JsonObject> questions() {
        Map<String, JsonObject> out = new HashMap<>();
        for (String split : SPLITS) {
            lines("data/BFCL_v4_multi_turn_" + split + ".json").forEach(q -> out.put(q.get("id").getAsString(), q));
        }
        return out;
    }

    /** @return the scenario JSON of a class in an {@code initial_config} object, {@code {}} when absent */
    static String scenario(JsonObject initialConfig, String className) {
        JsonElement e = initialConfig == null ? null : initialConfig.get(className);
        return e == null ? "{}" : e.toString();
    }

    /** @return whether a JSON array of class names contains the class */
    static boolean involves(JsonElement classes, String className) {
        for (JsonElement c : classes.getAsJsonArray()) {
            if (c.getAsString().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** @return the function name a call string starts with, or null */
    static String callName(String call) {
        Matcher m = CALL_NAME.matcher(call);
        return m.find() ? m.group(1) : null;
    }
}
