package io.envtune.env.vehicle.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.CallParser;
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
import java.util.stream.Stream;

/**
 * Finds the shared BFCL folder (read by path, never copied into the project) and reads its JSON Lines files.
 * Lookup: the system property {@code envtune.bfcl.dir}, else the first {@code shared/bfcl} found walking up from
 * the working directory (the module folder under Maven).
 */
final class Fixtures {

    static final String CLASS = VehicleTable.OWNER;
    static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private Fixtures() {
    }

    static Path bfclDir() {
        String configured = System.getProperty("envtune.bfcl.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("bfcl");
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("BFCL reference folder not found: set -Denvtune.bfcl.dir or place shared/bfcl"
                + " beside the repository");
    }

    static Path dataDir() {
        return bfclDir().resolve("data");
    }

    /** @return the parsed lines of a JSON Lines file that contain {@code mustContain} (a cheap pre-filter) */
    static List<JsonObject> lines(Path file, String mustContain) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<JsonObject> out = new ArrayList<>();
            lines.filter(l -> l.contains(mustContain)).forEach(l -> out.add(JsonParser.parseString(l)
                    .getAsJsonObject()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the question entries of all splits that involve only this class, by id */
    static Map<String, JsonObject> singleClassQuestions() {
        return questions(true);
    }

    /**
     * @param singleClass true for entries involving only this class, false for those involving it among others
     * @return the question entries of all splits, by id
     */
    static Map<String, JsonObject> questions(boolean singleClass) {
        Map<String, JsonObject> out = new HashMap<>();
        for (String split : SPLITS) {
            Path file = dataDir().resolve("BFCL_v4_multi_turn_" + split + ".json");
            for (JsonObject q : lines(file, CLASS)) {
                JsonArray involved = q.getAsJsonArray("involved_classes");
                boolean mine = strings(involved).contains(CLASS);
                if (mine && onlyThisClass(involved) == singleClass) {
                    out.put(q.get("id").getAsString(), q);
                }
            }
        }
        return out;
    }

    /** @return whether a call string parses and calls one of this class's tools */
    static boolean isVehicleCall(String call) {
        try {
            return VehicleTable.TOOLS.names().contains(CallParser.parse(call).name());
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    static boolean onlyThisClass(JsonArray involved) {
        return involved.size() == 1 && CLASS.equals(involved.get(0).getAsString());
    }

    static List<String> strings(JsonElement array) {
        List<String> out = new ArrayList<>();
        array.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    /** One instance with its executor, as BFCL's executor sees it when only this class is involved. */
    static final class Run {
        final TableInstance<?> instance;
        private final CallExecutor executor;

        Run(JsonObject scenario, boolean longContext) {
            VehicleEnvironment env = new VehicleEnvironment();
            instance = (TableInstance<?>) env.create(scenario.toString(),
                    new EnvironmentOptions(longContext, dataDir()));
            executor = new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, VehicleTable.TOOLS.names())));
        }

        String call(String text) {
            return executor.execute(text).text();
        }

        String state() {
            return instance.canonicalState();
        }
    }
}
