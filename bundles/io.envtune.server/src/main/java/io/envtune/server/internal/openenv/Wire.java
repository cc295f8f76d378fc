package io.envtune.server.internal.openenv;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Writes the OpenEnv front's JSON: records in snake case, nulls kept, no HTML escaping. Thread-safe. */
final class Wire {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls()
        .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    private Wire() {
    }

    /**
     * @param value a record or JSON element
     * @return its JSON text
     */
    static String encode(Object value) {
        return GSON.toJson(value);
    }

    /**
     * An OpenEnv WebSocket message: {@code {"type": type, "data": data}}.
     *
     * @param type {@code observation}, {@code state} or {@code error}
     * @param data the data record
     * @return the message text
     */
    static String message(String type, Object data) {
        JsonObject out = new JsonObject();
        out.addProperty("type", type);
        out.add("data", GSON.toJsonTree(data));
        return GSON.toJson(out);
    }

    /**
     * OpenEnv's error message data: {@code message} and {@code code}, and for a validation error the field at fault
     * in {@code errors} (each {@code {loc, msg, type}}, as OpenEnv lists them).
     *
     * @param code OpenEnv's code ({@code VALIDATION_ERROR}, {@code EXECUTION_ERROR}, …)
     * @param message what is wrong
     * @param field the dotted field at fault, or null
     * @return the error message text
     */
    static String error(String code, String message, String field) {
        JsonObject data = new JsonObject();
        data.addProperty("message", message);
        data.addProperty("code", code);
        if (field != null) {
            JsonArray loc = new JsonArray();
            for (String part : field.split("\\.")) {
                loc.add(new JsonPrimitive(part));
            }
            JsonObject one = new JsonObject();
            one.add("loc", loc);
            one.addProperty("msg", message);
            one.addProperty("type", "value_error");
            JsonArray errors = new JsonArray();
            errors.add(one);
            data.add("errors", errors);
        }
        JsonObject out = new JsonObject();
        out.addProperty("type", "error");
        out.add("data", data);
        return GSON.toJson(out);
    }
}
