package io.envtune.policy.djl.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.runtime.SystemPrompts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The short system message of a model folder that asks for it ({@code "envtune_system_prompt": "tool_signatures"}
 * in {@code tokenizer_config.json}): one signature line per tool doc of the paper's system prompt
 * ({@code cancel_booking(access_token, booking_id, insurance_id?)}), plus one line when the prompt is variant B.
 *
 * <p>Why: the built-in model is a few hundred thousand parameters; it cannot read 2,000 tokens of English tool
 * documentation, and those tokens made four fifths of every training context. The digest keeps what such a model
 * can use (which tools exist, their parameter names, whether to ask for missing things), so every episode costs a
 * fifth. It is a property of the model folder, like a chat template, so the warm start, RL and evaluation all render
 * the same text. Real models ignore it: their folders do not carry the key.
 */
final class SystemDigest {

    /** The {@code tokenizer_config.json} key and its one value. */
    static final String KEY = "envtune_system_prompt";
    static final String SIGNATURES = "tool_signatures";
    static final String HEADER = "Tools:";
    static final String ASK = "Ask for what is missing.";

    private SystemDigest() {
    }

    /**
     * @param tokenizerConfig the parsed {@code tokenizer_config.json}
     * @return whether the folder asks for the digest
     * @throws IllegalArgumentException for an unknown value of the key
     */
    static boolean wanted(JsonObject tokenizerConfig) {
        JsonElement e = tokenizerConfig.get(KEY);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !SIGNATURES.equals(e.getAsString())) {
            throw new IllegalArgumentException("tokenizer_config.json: " + KEY + " must be \"" + SIGNATURES
                + "\", was " + e);
        }
        return true;
    }

    /**
     * @param c a conversation
     * @return the same conversation with its leading system message digested (unchanged without one)
     */
    static Conversation apply(Conversation c) {
        if (c.messages().isEmpty() || c.messages().get(0).role() != Role.SYSTEM) {
            return c;
        }
        List<ChatMessage> messages = new ArrayList<>(c.messages());
        messages.set(0, new ChatMessage(Role.SYSTEM, digest(messages.get(0).content())));
        return new Conversation(messages, c.tools());
    }

    /**
     * @param system the paper's system prompt
     * @return the digest: the header, one signature per tool doc line, and the variant-B line when it applies; a
     *         system message without tool docs (not the paper's prompt) unchanged
     */
    static String digest(String system) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        int tools = 0;
        for (String line : system.split("\n")) {
            String sig = signature(line.strip());
            if (sig != null) {
                out.append(sig).append('\n');
                tools++;
            }
        }
        if (tools == 0) {
            return system;
        }
        if (SystemPrompts.isResourceful(system)) {
            out.append(ASK).append('\n');
        }
        return out.toString();
    }

    /**
     * @param line one line of the system prompt
     * @return the signature when the line is a tool doc ({@code {"name": …, "parameters": {"properties": …}}}),
     *         otherwise null
     */
    static String signature(String line) {
        if (!line.startsWith("{\"name\"")) {
            return null;
        }
        JsonObject doc;
        try {
            doc = JsonParser.parseString(line).getAsJsonObject();
        } catch (JsonSyntaxException | IllegalStateException e) {
            return null;
        }
        JsonObject params = doc.has("parameters") && doc.get("parameters").isJsonObject()
            ? doc.getAsJsonObject("parameters") : new JsonObject();
        JsonObject props = params.has("properties") && params.get("properties").isJsonObject()
            ? params.getAsJsonObject("properties") : new JsonObject();
        List<String> required = new ArrayList<>();
        if (params.has("required") && params.get("required").isJsonArray()) {
            params.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonElement> p : props.entrySet()) {
            names.add(required.contains(p.getKey()) ? p.getKey() : p.getKey() + "?");
        }
        return doc.get("name").getAsString() + "(" + String.join(", ", names) + ")";
    }
}
