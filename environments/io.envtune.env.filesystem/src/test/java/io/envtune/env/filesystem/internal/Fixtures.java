package io.envtune.env.filesystem.internal;

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
import java.util.List;

/** Finds the shared BFCL folder and reads its JSON Lines; builds instances and executors the fixture way. */
final class Fixtures {

    private Fixtures() {
    }

    /** @return the {@code shared/bfcl} folder beside the repository, or {@code -Denvtune.bfcl.dir} */
    static Path bfclDir() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("bfcl");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String property = System.getProperty("envtune.bfcl.dir");
        if (property != null && Files.isDirectory(Paths.get(property))) {
            return Paths.get(property);
        }
        throw new IllegalStateException("shared/bfcl not found above " + Paths.get("").toAbsolutePath()
            + "; set -Denvtune.bfcl.dir");
    }

    /** @return the BFCL data folder */
    static Path dataDir() {
        return bfclDir().resolve("data");
    }

    /**
     * @param file a JSON Lines file
     * @return its objects
     */
    static List<JsonObject> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param scenarioJson the class's initial config
     * @param longContext the long-context flag
     * @return a fresh instance
     */
    static TableInstance<?> create(String scenarioJson, boolean longContext) {
        return (TableInstance<?>) new FileSystemEnvironment().create(scenarioJson,
            new EnvironmentOptions(longContext, dataDir()));
    }

    /**
     * @param instance the only instance of the episode
     * @return an executor that knows its tools
     */
    static CallExecutor executor(TableInstance<?> instance) {
        return new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, FileSystemTools.TABLE.names())));
    }

    /** @return text shortened for failure messages */
    static String clip(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...(" + text.length() + " chars)";
    }
}
