package io.envtune.policy.http.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.envtune.api.Completion;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decodes chat-completions and model-list responses into records at once. Malformed JSON and missing fields become
 * {@link IllegalStateException}s naming the URL, the field and a body excerpt.
 */
public final class ChatResponses {

    private ChatResponses() {
    }

    /**
     * Reads the choices in {@code index} order. A choice's text is its {@code message.content}; reasoning that the
     * server split off ({@code reasoning_content} or {@code reasoning}) is put back as a leading
     * {@code <think>…</think>}, and a stop string the server reports as matched ({@code stop_reason} in vLLM,
     * {@code matched_stop} in SGLang) is put back at the end, because envtune's stop strings end the text after
     * they are produced while OpenAI servers drop them. {@code truncated} is {@code finish_reason == "length"}.
     *
     * @param url where the response came from, for messages
     * @param body the response body
     * @param stops the stop strings of the request
     * @return the completions, possibly fewer than asked for
     */
    public static List<Completion> completions(URI url, String body, List<String> stops) {
        JsonArray choices = array(object(url, body), "choices", url, body);
        List<Indexed> read = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            read.add(choice(choices.get(i), i, url, body, stops));
        }
        read.sort(Comparator.comparingInt(Indexed::index));
        return read.stream().map(Indexed::completion).toList();
    }

    /**
     * @param url the model-list URL, for messages
     * @param body its response ({@code {"data": [{"id": "..."}, ...]}})
     * @return the first model id
     */
    public static String firstModel(URI url, String body) {
        JsonArray data = array(object(url, body), "data", url, body);
        if (data.isEmpty() || !data.get(0).isJsonObject()) {
            throw new IllegalStateException(url + " lists no model; configure one: " + Excerpts.of(body));
        }
        return string(data.get(0).getAsJsonObject(), "id", "data[0]", url, body);
    }

    private static Indexed choice(JsonElement e, int position, URI url, String body, List<String> stops) {
        String where = "choices[" + position + "]";
        if (!e.isJsonObject()) {
            throw missing(where + " as an object", url, body);
        }
        JsonObject c = e.getAsJsonObject();
        JsonElement i = c.get("index");
        int index = i != null && i.isJsonPrimitive() && i.getAsJsonPrimitive().isNumber() ? i.getAsInt() : position;
        if (!c.has("message") || !c.get("message").isJsonObject()) {
            throw missing(where + ".message", url, body);
        }
        JsonObject message = c.getAsJsonObject("message");
        String finish = optional(c, "finish_reason");
        String text = think(message) + content(message, where, url, body) + stopSuffix(c, finish, stops);
        return new Indexed(index, new Completion(text, List.of(), List.of(), "length".equals(finish)));
    }

    private static String content(JsonObject message, String where, URI url, String body) {
        String content = optional(message, "content");
        if (content != null) {
            return content;
        }
        if (message.has("tool_calls")) {
            throw new IllegalStateException(url + ": " + where + " holds structured tool_calls and no content;"
                + " envtune expects calls as text, so start the server without automatic tool-call parsing: "
                + Excerpts.of(body));
        }
        throw missing(where + ".message.content", url, body);
    }

    private static String think(JsonObject message) {
        String reasoning = optional(message, "reasoning_content");
        if (reasoning == null) {
            reasoning = optional(message, "reasoning");
        }
        String content = optional(message, "content");
        boolean alreadyThere = content != null && content.contains("<think>");
        return reasoning == null || reasoning.isBlank() || alreadyThere ? "" : "<think>" + reasoning + "</think>\n";
    }

    private static String stopSuffix(JsonObject choice, String finish, List<String> stops) {
        String matched = optional(choice, "stop_reason");
        if (matched == null) {
            matched = optional(choice, "matched_stop");
        }
        boolean known = "stop".equals(finish) && matched != null && stops.contains(matched);
        return known ? matched : "";
    }

    private static JsonObject object(URI url, String body) {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            throw new IllegalStateException("malformed JSON from " + url + " (" + e.getMessage() + "): "
                + Excerpts.of(body), e);
        }
        if (!root.isJsonObject()) {
            throw new IllegalStateException("malformed response from " + url + ": not a JSON object: "
                + Excerpts.of(body));
        }
        return root.getAsJsonObject();
    }

    private static JsonArray array(JsonObject o, String field, URI url, String body) {
        if (o.has(field) && o.get(field).isJsonArray()) {
            return o.getAsJsonArray(field);
        }
        if (o.has("error")) {
            throw new IllegalStateException(url + " returned an error instead of '" + field + "': "
                + Excerpts.of(body));
        }
        throw missing("'" + field + "' array", url, body);
    }

    private static String string(JsonObject o, String field, String where, URI url, String body) {
        String s = optional(o, field);
        if (s == null) {
            throw missing(where + "." + field, url, body);
        }
        return s;
    }

    /** A string field, or null when absent, JSON null or not a string. */
    private static String optional(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static IllegalStateException missing(String what, URI url, String body) {
        return new IllegalStateException("malformed response from " + url + ": missing " + what + ": "
            + Excerpts.of(body));
    }

    private record Indexed(int index, Completion completion) {
    }
}
