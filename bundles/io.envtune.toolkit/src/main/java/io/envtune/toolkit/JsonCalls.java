package io.envtune.toolkit;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.envtune.api.ToolCall;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model-side tool calls as JSON ({@code [{"name": ..., "arguments": {...}}]}) and BFCL's FC decoding of them into
 * Python call strings ({@code name(k=repr(v),...)}). JSON numbers keep their kind: {@code 1} is an int, {@code 1.0} a
 * float. Like Environment Tuning's decoder, list entries that are not objects or lack a string {@code name} are
 * dropped, and {@code arguments} that are not an object count as no arguments.
 */
public final class JsonCalls {

    private JsonCalls() {
    }

    /**
     * @param json a JSON array of call objects (or one call object)
     * @return the calls in order
     * @throws IllegalArgumentException with a clear message when the JSON is malformed or not calls
     */
    public static List<ToolCall> parse(String json) {
        Object value;
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.LEGACY_STRICT);
            value = PyValues.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("invalid JSON: extra data after the value at " + reader.getPath());
            }
        } catch (IOException | IllegalStateException | NumberFormatException | PyException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getMessage(), e);
        }
        if (value instanceof Map<?, ?>) {
            value = List.of(value);
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("tool calls must be a JSON array of {\"name\": ..., \"arguments\": "
                    + "{...}} objects, not " + PyTypes.typeName(value));
        }
        List<ToolCall> calls = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> m && m.get("name") instanceof String name) {
                calls.add(ToolCall.ofKeywords(name, arguments(m.get("arguments"))));
            }
        }
        return calls;
    }

    private static Map<String, Object> arguments(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put((String) k, v));
        }
        return out;
    }

    /**
     * @param call a call
     * @return the Python call string BFCL's FC decoding produces: {@code name(k1=repr(v1),k2=repr(v2))}
     *         (positional arguments, if any, first)
     */
    public static String toPython(ToolCall call) {
        StringBuilder sb = new StringBuilder(call.name()).append('(');
        boolean first = true;
        for (Object arg : call.args()) {
            sb.append(first ? "" : ",");
            PyRepr.append(sb, arg);
            first = false;
        }
        for (Map.Entry<String, Object> e : call.kwargs().entrySet()) {
            sb.append(first ? "" : ",").append(e.getKey()).append('=');
            PyRepr.append(sb, e.getValue());
            first = false;
        }
        return sb.append(')').toString();
    }
}
