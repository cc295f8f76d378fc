package io.envtune.server.internal.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import io.envtune.server.internal.core.ServiceError;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON edge: request bodies are parsed here and decoded into records at once; response records are written
 * here. Nothing past this class sees JSON (an inline task is decoded by the one task codec,
 * {@link io.envtune.toolkit.TaskLines#decodeInline}). Thread-safe.
 */
final class Json {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls()
        .setStrictness(Strictness.STRICT).create();

    private Json() {
    }

    /**
     * @param body a request body
     * @return the body's JSON object
     * @throws ServiceError 400 when the body is empty, malformed, or not an object
     */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw bad("the request body must be a JSON object, was empty");
        }
        JsonElement e;
        try {
            // Strict and whole-document: a lenient parser would accept single quotes and bare words.
            e = GSON.fromJson(body, JsonElement.class);
        } catch (JsonParseException | IllegalStateException ex) {
            throw bad("malformed JSON" + position(ex) + " (strict JSON: double quotes, no comments, one value)");
        }
        if (e == null || !e.isJsonObject()) {
            throw bad("the request body must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    /**
     * @param json a JSON object
     * @param type the record type to decode it into
     * @param <T> the type
     * @return the record
     * @throws ServiceError 400 naming the field when a field is unknown or has the wrong type or an inexact value
     */
    static <T> T decode(JsonObject json, Class<T> type) {
        return decode(json, type, Set.of());
    }

    /**
     * @param json a JSON object
     * @param type the record type to decode it into
     * @param alsoKnown fields the caller has taken out of {@code json} itself (named as known in refusals)
     * @param <T> the type
     * @return the record
     * @throws ServiceError 400 naming the field when a field is unknown or has the wrong type or an inexact value
     */
    static <T> T decode(JsonObject json, Class<T> type, Set<String> alsoKnown) {
        if (type.isRecord()) {
            StrictFields.check(json, type, alsoKnown);
        }
        try {
            return GSON.fromJson(json, type);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException
                 | ClassCastException e) {
            // Gson's own text names its internals (JsonReader, strictness); ours names the type only.
            throw bad("invalid request: the body does not fit " + type.getSimpleName());
        }
    }

    /**
     * @param value a response record (or JSON element)
     * @return its JSON text
     */
    static String encode(Object value) {
        return GSON.toJson(value);
    }

    /**
     * @param value a response record
     * @return it as a JSON tree
     */
    static JsonElement tree(Object value) {
        return GSON.toJsonTree(value);
    }

    static ServiceError bad(String message) {
        return new ServiceError(ServiceError.Kind.BAD_REQUEST, message);
    }

    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    /** Where the parser stopped, taken from its message; the rest of its text (API advice, links) is not shown. */
    static String position(Throwable t) {
        for (Throwable r = t; r != null; r = r.getCause() == r ? null : r.getCause()) {
            Matcher m = r.getMessage() == null ? null : WHERE.matcher(r.getMessage());
            if (m != null && m.find()) {
                return " at line " + m.group(1) + " column " + m.group(2);
            }
        }
        return "";
    }
}
