package io.envtune.bfcl.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object read from a line of a JSON Lines file, with typed accessors whose errors name the file and line.
 *
 * @param file the file it came from
 * @param lineNumber the 1-based line number
 * @param object the parsed object
 */
public record JsonLine(Path file, int lineNumber, JsonObject object) {

    /**
     * Reads every non-blank line of a JSON Lines file.
     *
     * @param file the file
     * @return its objects in order
     * @throws IllegalArgumentException naming the file and line when a line is not a JSON object
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<JsonLine> readAll(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<JsonLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(parse(file, i + 1, lines.get(i)));
            }
        }
        return out;
    }

    /**
     * @param file the file, for messages
     * @param lineNumber the line number, for messages
     * @param text the line
     * @return the parsed line
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static JsonLine parse(Path file, int lineNumber, String text) {
        JsonElement element;
        try {
            element = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(where(file, lineNumber) + "not valid JSON: " + e.getMessage(), e);
        }
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException(where(file, lineNumber) + "expected a JSON object");
        }
        return new JsonLine(file, lineNumber, element.getAsJsonObject());
    }

    /**
     * @param key a member name
     * @return the member's string value
     * @throws IllegalArgumentException when it is missing or not a string
     */
    public String string(String key) {
        JsonElement e = object.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw error("\"" + key + "\" is missing or not a string");
        }
        return e.getAsString();
    }

    /**
     * @param key a member name
     * @return the member's array value
     * @throws IllegalArgumentException when it is missing or not an array
     */
    public JsonArray array(String key) {
        JsonElement e = object.get(key);
        if (e == null || !e.isJsonArray()) {
            throw error("\"" + key + "\" is missing or not an array");
        }
        return e.getAsJsonArray();
    }

    /**
     * @param key a member name
     * @return the member's object value, or null when the member is absent
     * @throws IllegalArgumentException when it is present but not an object
     */
    public JsonObject optionalObject(String key) {
        JsonElement e = object.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw error("\"" + key + "\" is not an object");
        }
        return e.getAsJsonObject();
    }

    /**
     * @param message what is wrong
     * @return an exception whose message starts with {@code file:line: }
     */
    public IllegalArgumentException error(String message) {
        return new IllegalArgumentException(where(file, lineNumber) + message);
    }

    private static String where(Path file, int lineNumber) {
        return (file == null ? "<input>" : file.toString()) + ":" + lineNumber + ": ";
    }
}
