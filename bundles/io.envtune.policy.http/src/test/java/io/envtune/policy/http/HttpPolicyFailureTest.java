package io.envtune.policy.http;

import static io.envtune.policy.http.Chats.answer;
import static io.envtune.policy.http.Chats.ask;
import static io.envtune.policy.http.Chats.config;
import static io.envtune.policy.http.Chats.params;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Completion;
import io.envtune.policy.http.ScriptedServer.Reply;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

/** Retries, backoff and the error messages: status codes, malformed bodies, timeouts, refused connections. */
public final class HttpPolicyFailureTest {

    @Test
    public void retriesA500AndSucceeds() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.status(500, "oops"), Reply.ok(answer("fine")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            assertEquals("fine", text(policy));
            assertEquals(2, server.hits().size());
        }
    }

    @Test
    public void backsOffExponentiallyOn429() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.status(429, "slow down"),
            Reply.status(429, "slow down"), Reply.ok(answer("fine")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl())
                 .withRetries(3, Duration.ofMillis(150), Duration.ofSeconds(5)))) {
            assertEquals("fine", text(policy));
            List<ScriptedServer.Hit> hits = server.hits();
            assertEquals(3, hits.size());
            assertTrue("first wait >= 150 ms", gapMs(hits, 1) >= 150);
            assertTrue("second wait doubled, >= 300 ms", gapMs(hits, 2) >= 300);
        }
    }

    @Test
    public void honoursRetryAfter() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.status(429, "").header("Retry-After", "1"),
            Reply.ok(answer("fine"))); HttpPolicy policy = new HttpPolicy(config(server.baseUrl())
                .withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(5)))) {
            assertEquals("fine", text(policy));
            assertTrue(gapMs(server.hits(), 1) >= 1000);
        }
    }

    @Test
    public void doesNotRetryA400AndQuotesTheBody() throws Exception {
        String error = "{\"error\":{\"message\":\"The model `x` does not exist.\",\"code\":404}}";
        try (ScriptedServer server = ScriptedServer.scripted(Reply.status(400, error), Reply.ok(answer("no")));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            String message = failure(policy);
            assertTrue(message, message.contains(server.baseUrl() + "/chat/completions"));
            assertTrue(message, message.contains("HTTP 400 after 1 attempt"));
            assertTrue(message, message.contains("does not exist"));
            assertEquals(1, server.hits().size());
        }
    }

    @Test
    public void givesUpOn5xxAfterTheRetries() throws Exception {
        String page = "<html><body>" + "Bad gateway ".repeat(100) + "</body></html>";
        try (ScriptedServer server = ScriptedServer.scripted(Reply.status(502, page), Reply.status(502, page),
            Reply.status(502, page)); HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            String message = failure(policy);
            assertTrue(message, message.contains("HTTP 502 after 3 attempts: <html><body>Bad gateway"));
            assertTrue("body excerpt is short: " + message.length(), message.length() < 450);
            assertEquals(3, server.hits().size());
        }
    }

    @Test
    public void reportsMalformedJson() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok("{\"choices\": [ {\"index\": 0,"));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            String message = failure(policy);
            assertTrue(message, message.startsWith("malformed JSON from " + server.baseUrl() + "/chat/completions"));
            assertTrue(message, message.contains("{\"choices\": [ {\"index\": 0,"));
        }
    }

    @Test
    public void reportsMissingFields() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok("{\"id\":\"x\"}"),
            Reply.ok("{\"choices\":[{\"index\":0,\"finish_reason\":\"stop\"}]}"),
            Reply.ok("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\"}}]}"));
             HttpPolicy policy = new HttpPolicy(config(server.baseUrl()))) {
            assertTrue(failure(policy).contains("missing 'choices' array"));
            assertTrue(failure(policy).contains("missing choices[0].message: "));
            assertTrue(failure(policy).contains("missing choices[0].message.content"));
        }
    }

    @Test
    public void timesOutOnASlowResponse() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(answer("late")).delayed(3000),
            Reply.ok(answer("late")).delayed(3000)); HttpPolicy policy = new HttpPolicy(config(server.baseUrl())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300))
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(10)))) {
            long start = System.nanoTime();
            String message = failure(policy);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(message, message.contains("after 2 attempts: no response within the read timeout of PT0.3S"));
            assertTrue(message, message.contains(server.baseUrl().toString()));
            assertTrue("gave up long before the server answered: " + ms + " ms", ms < 2500);
            assertEquals(2, server.hits().size());
        }
    }

    @Test
    public void explainsARefusedConnection() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again at once: nothing listens there
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/v1");
        try (HttpPolicy policy = new HttpPolicy(config(base))) {
            String message = failure(policy);
            assertTrue(message, message.startsWith("POST " + base + "/chat/completions failed after 3 attempts"));
            assertTrue(message, message.contains("cannot connect: connection refused"));
        }
    }

    @Test
    public void refusesToWorkAfterClose() throws Exception {
        try (ScriptedServer server = ScriptedServer.scripted(Reply.ok(answer("x")))) {
            HttpPolicy policy = new HttpPolicy(config(server.baseUrl()));
            policy.close();
            assertTrue(failure(policy).contains("is closed"));
        }
    }

    private static String text(HttpPolicy policy) {
        List<List<Completion>> out = policy.complete(List.of(ask("q")), params(1));
        return out.get(0).get(0).text();
    }

    private static String failure(HttpPolicy policy) {
        return assertThrows(IllegalStateException.class, () -> text(policy)).getMessage();
    }

    private static long gapMs(List<ScriptedServer.Hit> hits, int i) {
        return (hits.get(i).atNanos() - hits.get(i - 1).atNanos()) / 1_000_000;
    }
}
