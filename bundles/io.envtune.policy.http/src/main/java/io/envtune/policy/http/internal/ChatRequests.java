package io.envtune.policy.http.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;

/**
 * Builds chat-completions request bodies. The conversation's tools are not sent as OpenAI {@code tools}: envtune's
 * system prompt already documents them and asks for calls as text, and a {@code tools} field would make servers
 * render a second tool section and move calls out of the text into structured {@code tool_calls}.
 */
public final class ChatRequests {

    /** Immutable and thread-safe; no HTML escaping so {@code <think>} travels as written. */
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private ChatRequests() {
    }

    /**
     * @param model the served model name
     * @param conversation the messages
     * @param params temperature, top-p, top-k (sent only when set: not every server knows it), the response budget,
     *               stop strings
     * @param n how many choices to ask for
     * @param seed the seed of this request
     * @return the JSON body
     */
    public static String body(String model, Conversation conversation, SamplingParams params, int n, long seed) {
        JsonObject o = new JsonObject();
        o.addProperty("model", model);
        o.add("messages", messages(conversation));
        o.addProperty("n", n);
        o.addProperty("temperature", params.temperature());
        o.addProperty("top_p", params.topP());
        if (params.topK() > 0) {
            o.addProperty("top_k", params.topK());
        }
        if (params.maxNewTokens() > 0) {
            o.addProperty("max_tokens", params.maxNewTokens());
        }
        if (!params.stop().isEmpty()) {
            JsonArray stop = new JsonArray();
            params.stop().forEach(stop::add);
            o.add("stop", stop);
        }
        o.addProperty("seed", seed);
        return GSON.toJson(o);
    }

    private static JsonArray messages(Conversation conversation) {
        JsonArray a = new JsonArray();
        for (ChatMessage m : conversation.messages()) {
            JsonObject o = new JsonObject();
            o.addProperty("role", role(m.role()));
            o.addProperty("content", m.content() == null ? "" : m.content());
            a.add(o);
        }
        return a;
    }

    /**
     * @param role an envtune role
     * @return the OpenAI role name
     */
    public static String role(Role role) {
        return switch (role) {
            case SYSTEM -> "system";
            case USER -> "user";
            case ASSISTANT -> "assistant";
            case TOOL -> "tool";
        };
    }
}
