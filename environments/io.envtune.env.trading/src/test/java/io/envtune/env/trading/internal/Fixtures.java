package io.envtune.env.trading.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Finds the shared BFCL folder, reads its JSON Lines files and builds TradingBot instances for fixture replays. */
final class Fixtures {

    /** The BFCL class name this module implements. */
    static final String CLASS = "TradingBot";

    private Fixtures() {
    }

    /**
     * @return the shared {@code bfcl} folder: a {@code shared/bfcl} beside an ancestor of the working directory, or
     *         the {@code envtune.bfcl.dir} system property
     */
    static Path bfclDir() {
        String property = System.getProperty("envtune.bfcl.dir");
        if (property != null && !property.isBlank()) {
            return Paths.get(property);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("bfcl");
            if (Files.isDirectory(candidate.resolve("fixtures"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/bfcl folder found above " + Paths.get("").toAbsolutePath()
            + "; set -Denvtune.bfcl.dir");
    }

    /** @return every line of a JSON Lines file as an object */
    static List<JsonObject> readLines(Path file) {
        List<JsonObject> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @param scenario the class's scenario object, or null for {@code {}}
     * @param longContext whether long context is on
     * @return a fresh instance made by the DS component
     */
    static TableInstance<?> create(JsonElement scenario, boolean longContext) {
        String json = scenario == null ? "{}" : scenario.toString();
        EnvironmentOptions options = new EnvironmentOptions(longContext, bfclDir().resolve("data"));
        return (TableInstance<?>) new TradingEnvironment().create(json, options);
    }

    /** @return an executor over one instance, as BFCL's executor sees an entry with only this class */
    static CallExecutor executor(TableInstance<?> instance) {
        return new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, TradingTools.TABLE.names())));
    }

    /** @return whether an entry's classes include TradingBot */
    static boolean involvesTrading(JsonArray classes) {
        for (JsonElement c : classes) {
            if (CLASS.equals(c.getAsString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether to replay a call: in a single-class entry every call (unknown names included); in a multi-class entry
     * only TradingBot's own calls, since the other classes' tools never touch its state.
     */
    static boolean replays(String call, JsonArray classes) {
        if (classes.size() == 1) {
            return true;
        }
        int paren = call.indexOf('(');
        return paren > 0 && TradingTools.TABLE.names().contains(call.substring(0, paren).strip());
    }

    /** @return where two texts first differ, with some context from each */
    static String diff(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "first difference at " + i + " (lengths " + expected.length() + "/" + actual.length() + ")"
            + "\n  expected ..." + expected.substring(from, Math.min(expected.length(), i + 200))
            + "\n  actual   ..." + actual.substring(from, Math.min(actual.length(), i + 200));
    }

    /** @return the text, shortened for failure messages */
    static String clip(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "... (" + text.length() + " chars)";
    }
}
