package io.envtune.policy.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Test data: conversations, sampling parameters, configurations and chat-completions response bodies. */
public final class Chats {

    private Chats() {
    }

    /** @param question the user message @return a system + user conversation */
    public static Conversation ask(String question) {
        return new Conversation(List.of(new ChatMessage(Role.SYSTEM, "You are terse."),
            new ChatMessage(Role.USER, question)), List.of());
    }

    /** @param n choices @return temperature 0.7, top-p 0.9, 64 tokens, stop {@code </answer>}, seed 42 */
    public static SamplingParams params(int n) {
        return new SamplingParams(n, 0.7, 0.9, 0, 64, List.of("</answer>"), 42);
    }

    /** @param base the server @return model {@code m}, no key, 2 s timeouts, 2 retries 20-100 ms apart, 4 in flight */
    public static HttpPolicyConfig config(URI base) {
        return HttpPolicyConfig.defaults(base).withModel("m").withApiKeyEnv("")
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withRetries(2, Duration.ofMillis(20), Duration.ofMillis(100)).withLimits(4, 0);
    }

    /** @param texts the choice texts, finish reason {@code stop} @return a response body */
    public static String answer(String... texts) {
        JsonArray choices = new JsonArray();
        for (int i = 0; i < texts.length; i++) {
            choices.add(choice(i, texts[i], "stop"));
        }
        return body(choices);
    }

    /** @param index the index @param text the content @param finish the finish reason @return one choice */
    public static JsonObject choice(int index, String text, String finish) {
        JsonObject message = new JsonObject();
        message.addProperty("role", "assistant");
        message.addProperty("content", text);
        JsonObject c = new JsonObject();
        c.addProperty("index", index);
        c.add("message", message);
        c.addProperty("finish_reason", finish);
        return c;
    }

    /** @param choices the choices @return a whole response body */
    public static String body(JsonArray choices) {
        JsonObject o = new JsonObject();
        o.addProperty("id", "chatcmpl-1");
        o.addProperty("object", "chat.completion");
        o.add("choices", choices);
        return o.toString();
    }

    /** @param requestBody a request body @return it parsed */
    public static JsonObject request(String requestBody) {
        return JsonParser.parseString(requestBody).getAsJsonObject();
    }
}
