package io.envtune.server.internal.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import io.envtune.server.internal.core.ServiceError;

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
            throw bad("malformed JSON: " + rootMessage(ex));
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
     * @throws ServiceError 400 when a field has the wrong type
     */
    static <T> T decode(JsonObject json, Class<T> type) {
        try {
            return GSON.fromJson(json, type);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException
                 | ClassCastException e) {
            throw bad("invalid request: " + rootMessage(e));
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

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        String m = r.getMessage() == null ? r.toString() : r.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
