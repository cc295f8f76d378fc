package io.envtune.server.internal.openenv;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of one JSON object: every field must be known, strings are strings, integers are exact integers in
 * range, choices are one of their options. Every refusal is a {@link BadMessage} naming the field, in our words (a
 * parser's own message never reaches the client). Immutable.
 */
final class Fields {

    private final JsonObject json;
    private final String path;

    private Fields(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    /**
     * @param text a whole message
     * @return its JSON object
     * @throws BadMessage INVALID_JSON when it is not one strict JSON value (see {@link StrictJson}),
     *                    VALIDATION_ERROR when not an object
     */
    static JsonObject parse(String text) {
        JsonElement e = StrictJson.parse(text);
        if (!e.isJsonObject()) {
            throw new BadMessage(BadMessage.Code.VALIDATION_ERROR, null, "the message must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    /**
     * @param value an element that should be an object
     * @param path its dotted path, for messages ({@code ""} for the top level)
     * @param known the field names allowed
     * @return a reader over it
     * @throws BadMessage when it is not an object or has a field not in {@code known}
     */
    static Fields of(JsonElement value, String path, Set<String> known) {
        if (value == null || !value.isJsonObject()) {
            throw bad(path, (path.isEmpty() ? "the message" : "'" + path + "'") + " must be a JSON object");
        }
        JsonObject o = value.getAsJsonObject();
        for (String name : o.keySet()) {
            if (!known.contains(name)) {
                throw bad(join(path, name), "unknown field '" + join(path, name) + "'; allowed: "
                    + new TreeSet<>(known));
            }
        }
        return new Fields(o, path);
    }

    /** @return whether the field is present and not null */
    boolean has(String name) {
        JsonElement e = json.get(name);
        return e != null && !e.isJsonNull();
    }

    /** @return the raw element, or null when absent or null */
    JsonElement raw(String name) {
        return has(name) ? json.get(name) : null;
    }

    /**
     * @param name a field
     * @param maxLength the longest value allowed
     * @return the string, or null when absent or null
     */
    String string(String name, int maxLength) {
        if (!has(name)) {
            return null;
        }
        JsonElement e = json.get(name);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw bad(join(path, name), "'" + join(path, name) + "' must be a string");
        }
        String s = e.getAsString();
        if (s.length() > maxLength) {
            throw bad(join(path, name), "'" + join(path, name) + "' is longer than " + maxLength + " characters");
        }
        return s;
    }

    /**
     * @param name a field that must be present
     * @param maxLength the longest value allowed
     * @return the string
     */
    String requiredString(String name, int maxLength) {
        String s = string(name, maxLength);
        if (s == null) {
            throw bad(join(path, name), "'" + join(path, name) + "' is required");
        }
        return s;
    }

    /**
     * @param name a field
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the exact integer, or null when absent or null
     */
    Long integer(String name, long min, long max) {
        if (!has(name)) {
            return null;
        }
        JsonElement e = json.get(name);
        String at = join(path, name);
        if (!e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber()) {
            throw bad(at, "'" + at + "' must be an integer");
        }
        BigDecimal d = new BigDecimal(e.getAsString());
        BigDecimal whole = d.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw bad(at, "'" + at + "' must be a whole number, was " + e.getAsString());
        }
        if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw bad(at, "'" + at + "' must be between " + min + " and " + max + ", was " + e.getAsString());
        }
        return whole.longValueExact();
    }

    /**
     * @param name a field
     * @param options the values allowed
     * @return the value, or null when absent or null
     */
    String choice(String name, Set<String> options) {
        String s = string(name, 64);
        if (s != null && !options.contains(s)) {
            throw bad(join(path, name), "'" + join(path, name) + "' must be one of " + new TreeSet<>(options)
                + ", was '" + s + "'");
        }
        return s;
    }

    /**
     * @param name a field
     * @return the positive number, or null when absent or null
     */
    Double positive(String name) {
        if (!has(name)) {
            return null;
        }
        JsonElement e = json.get(name);
        String at = join(path, name);
        if (!e.isJsonPrimitive() || !((JsonPrimitive) e).isNumber() || !(e.getAsDouble() > 0)
            || Double.isInfinite(e.getAsDouble())) {
            throw bad(at, "'" + at + "' must be a positive number");
        }
        return e.getAsDouble();
    }

    static BadMessage bad(String field, String message) {
        return new BadMessage(BadMessage.Code.VALIDATION_ERROR, field, message);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
