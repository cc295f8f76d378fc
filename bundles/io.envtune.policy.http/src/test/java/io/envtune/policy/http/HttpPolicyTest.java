package io.envtune.policy.http;

import static io.envtune.policy.http.Chats.answer;
import static io.envtune.policy.http.Chats.ask;
import static io.envtune.policy.http.Chats.config;
import static io.envtune.policy.http.Chats.params;
import static io.envtune.policy.http.Chats.request;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.policy.http.ScriptedServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Normal answers against a real local server: request shape, choices, batch order, top-ups, key, model lookup. */
public final class HttpPolicyTest {

    @Test
    public void sendsOneRequestAndReadsTheAnswer() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(answer("<think>x</think><answer>hi")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            List<List<Completion>> out = policy.complete(List.of(ask("hello?")), params(1));
            assertEquals(List.of(List.of(Completion.ofText("<think>x</think><answer>hi"))), out);
            ScriptedServer.Hit hit = server.hits().get(0);
            assertEquals("POST", hit.method());
            assertEquals("/v1/chat/completions", hit.path());
            assertNull("no key configured, no header", hit.authorization());
            JsonObject body = request(hit.body());
            assertEquals("m", body.get("model").getAsString());
            assertEquals(1, body.get("n").getAsInt());
            assertEquals(0.7, body.get("temperature").getAsDouble(), 0);
            assertEquals(0.9, body.get("top_p").getAsDouble(), 0);
            assertFalse("top_k 0 means off and is not sent", body.has("top_k"));
            assertEquals(64, body.get("max_tokens").getAsInt());
            assertEquals("</answer>", body.getAsJsonArray("stop").get(0).getAsString());
            assertEquals(42, body.get("seed").getAsLong());
            assertFalse("tools are described in the system prompt", body.has("tools"));
        }
    }

    @Test
    public void mapsEveryRoleAndKeepsTagsUnescaped() throws Exception {
        Conversation c = new Conversation(List.of(new ChatMessage(Role.SYSTEM, "s"), new ChatMessage(Role.USER, "u"),
            new ChatMessage(Role.ASSISTANT, "<tool_call>[]</tool_call>"), new ChatMessage(Role.TOOL, "t")), List.of());
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(answer("ok")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            policy.complete(List.of(c), params(1));
            String raw = server.hits().get(0).body();
            assertTrue(raw, raw.contains("<tool_call>"));
            JsonArray messages = request(raw).getAsJsonArray("messages");
            String[] roles = {"system", "user", "assistant", "tool"};
            for (int i = 0; i < roles.length; i++) {
                assertEquals(roles[i], messages.get(i).getAsJsonObject().get("role").getAsString());
            }
            assertEquals("t", messages.get(3).getAsJsonObject().get("content").getAsString());
        }
    }

    @Test
    public void readsNChoicesInIndexOrderAndFlagsLength() throws Exception {
        JsonArray choices = new JsonArray();
        choices.add(Chats.choice(2, "c", "stop"));
        choices.add(Chats.choice(0, "a", "length"));
        choices.add(Chats.choice(1, "b", "stop"));
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(Chats.body(choices)));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            List<Completion> out = policy.complete(List.of(ask("q")), params(3)).get(0);
            assertEquals(List.of("a", "b", "c"), out.stream().map(Completion::text).toList());
            assertEquals(List.of(true, false, false), out.stream().map(Completion::truncated).toList());
            assertTrue(out.get(0).tokenIds().isEmpty() && out.get(0).logProbs().isEmpty());
            assertEquals(1, server.hits().size());
            assertEquals(3, request(server.hits().get(0).body()).get("n").getAsInt());
        }
    }

    @Test
    public void asksAgainWhenTheServerReturnsFewerChoices() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(answer("a")), Reply.ok(answer("b", "c", "x")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            List<Completion> out = policy.complete(List.of(ask("q")), params(3)).get(0);
            assertEquals(List.of("a", "b", "c"), out.stream().map(Completion::text).toList());
            JsonObject second = request(server.hits().get(1).body());
            assertEquals(2, second.get("n").getAsInt());
            assertEquals("a new seed, so the top-up does not repeat the first sample", 43,
                second.get("seed").getAsLong());
        }
    }

    @Test
    public void splitsNWhenChoicesPerRequestAreCapped() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(
                h -> Reply.ok(answer("s" + request(h.body()).get("seed"))));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()).withLimits(4, 1))) {
            List<Completion> out = policy.complete(List.of(ask("q")), params(3)).get(0);
            assertEquals(List.of("s42", "s43", "s44"), out.stream().map(Completion::text).toList());
            assertTrue(server.hits().stream().allMatch(h -> request(h.body()).get("n").getAsInt() == 1));
        }
    }

    @Test
    public void keepsBatchOrder() throws Exception {
        try (ScriptedServer server = ScriptedServer.answering(h -> {
            JsonArray m = request(h.body()).getAsJsonArray("messages");
            String q = m.get(m.size() - 1).getAsJsonObject().get("content").getAsString();
            return Reply.ok(answer("re " + q)).delayed(q.equals("q0") ? 150 : 0);
        }); HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            List<List<Completion>> out = policy.complete(List.of(ask("q0"), ask("q1"), ask("q2")), params(1));
            assertEquals(List.of("re q0", "re q1", "re q2"), out.stream().map(l -> l.get(0).text()).toList());
        }
    }

    @Test
    public void sendsTheKeyFromTheNamedEnvironmentVariable() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(answer("ok")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()).withApiKeyEnv("MY_KEY"),
                 Map.of("MY_KEY", "sk-test")::get)) {
            policy.complete(List.of(ask("q")), params(1));
            assertEquals("Bearer sk-test", server.hits().get(0).authorization());
            assertFalse("the key never appears in the configuration", policy.config().toString().contains("sk-test"));
        }
    }

    @Test
    public void asksTheServerForTheModelWhenNoneIsConfigured() throws Exception {
        String models = "{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen2.5-0.5B-Instruct\",\"object\":\"model\"}]}";
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(models), Reply.ok(answer("a")),
            Reply.ok(answer("b"))); HttpPolicy policy = new HttpPolicy(config(server.baseUrl()).withModel(""))) {
            policy.complete(List.of(ask("q")), params(1));
            policy.complete(List.of(ask("q")), params(1));
            List<ScriptedServer.Hit> hits = server.hits();
            assertEquals(3, hits.size());
            assertEquals("GET /v1/models", hits.get(0).method() + " " + hits.get(0).path());
            assertEquals("Qwen/Qwen2.5-0.5B-Instruct", request(hits.get(2).body()).get("model").getAsString());
        }
    }

    @Test
    public void restoresSplitReasoningAndTheMatchedStopString() throws Exception {
        JsonObject c = Chats.choice(0, "<answer>done", "stop");
        c.getAsJsonObject("message").addProperty("reasoning_content", "why");
        c.addProperty("stop_reason", "</answer>");
        JsonArray choices = new JsonArray();
        choices.add(c);
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(Chats.body(choices)));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            String text = policy.complete(List.of(ask("q")), params(1)).get(0).get(0).text();
            assertEquals("<think>why</think>\n<answer>done</answer>", text);
        }
    }

    @Test
    public void namesItselfAfterTheModel() {
        HttpPolicyConfig c = config(java.net.URI.create("http://127.0.0.1:1/v1"));
        try (HttpPolicy named = new HttpPolicy(c); HttpPolicy unnamed = new HttpPolicy(c.withModel(""))) {
            assertEquals("http:m", named.name());
            assertEquals("http:http://127.0.0.1:1/v1", unnamed.name());
        }
    }
}
