package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Hostile and mistaken requests get clear 4xx JSON errors, and the service keeps answering. */
public class ApiErrorsTest {

    private static final int MAX_BODY = 64 * 1024;
    private static EnvtuneServer server;
    private static Api api;

    @BeforeClass
    public static void start() {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        Limits limits = new Limits(MAX_BODY, 4096, 1000, 50, Duration.ofMinutes(10), 1L << 30);
        server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(), limits, 16),
            TestPlugins.all());
        api = new Api(server.baseUrl());
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private static void assertError(int status, String code, Api.Reply r) {
        assertEquals(r.body().toString(), status, r.status());
        assertEquals(code, r.json().get("error").getAsString());
        assertEquals(status, r.json().get("status").getAsInt());
        assertTrue(r.json().get("message").getAsString().length() > 5);
    }

    private static String open() {
        Api.Reply r = api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_0\"}");
        assertEquals(r.body().toString(), 201, r.status());
        return r.json().get("episodeId").getAsString();
    }

    @Test
    public void malformedJsonIs400() {
        assertError(400, "bad_request", api.post("/v1/episodes", "{\"taskId\": "));
        assertError(400, "bad_request", api.post("/v1/episodes", "{'taskId': 'multi_turn_base_0'}"));
        assertError(400, "bad_request", api.post("/v1/episodes", "[1, 2]"));
        assertError(400, "bad_request", api.post("/v1/episodes", ""));
        assertError(400, "bad_request", api.post("/v1/episodes", "{\"taskId\": \"x\"} trailing"));
        String id = open();
        assertError(400, "bad_request", api.post("/v1/episodes/" + id + "/step", "{\"message\": "));
        assertError(400, "bad_request", api.post("/v1/episodes/" + id + "/step", "{}"));
        assertError(400, "bad_request", api.post("/v1/episodes/" + id + "/step", "{\"message\": {\"a\": 1}}"));
        api.delete("/v1/episodes/" + id);
    }

    @Test
    public void invalidSettingsAndTasksAre400Or404() {
        assertError(400, "bad_request", api.post("/v1/episodes", "{}"));
        assertError(400, "bad_request", api.post("/v1/episodes",
            "{\"taskId\": \"multi_turn_base_0\", \"feedbackMode\": \"loud\"}"));
        assertError(400, "bad_request", api.post("/v1/episodes",
            "{\"taskId\": \"multi_turn_base_0\", \"maxStepsPerTurn\": \"many\"}"));
        assertError(400, "bad_request", api.post("/v1/episodes", "{\"task\": {\"question\": []}}"));
        assertError(404, "not_found", api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_99999\"}"));
        assertError(404, "not_found", api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_0\", "
            + "\"stage\": \"S9\"}"));
    }

    @Test
    public void unknownEpisodesRoutesAndRewardsAre404And405() {
        String ghost = "/v1/episodes/00000000-0000-0000-0000-000000000000";
        assertError(404, "not_found", api.post(ghost + "/step", "{\"message\": \"hi\"}"));
        assertError(404, "not_found", api.get(ghost));
        assertError(404, "not_found", api.delete(ghost));
        assertError(404, "not_found", api.get(ghost + "/rewards"));
        assertError(404, "not_found", api.get(ghost + "/record"));
        assertError(404, "not_found", api.get("/v1/nothing"));
        assertError(405, "method_not_allowed", api.get("/v1/episodes"));
        String id = open();
        assertError(404, "not_found", api.get("/v1/episodes/" + id + "/rewards/nope"));
        assertEquals(200, api.delete("/v1/episodes/" + id).status());
        assertError(404, "not_found", api.delete("/v1/episodes/" + id));
    }

    @Test
    public void oversizeBodiesAre413WithOrWithoutContentLength() throws IOException {
        // Declared too large: the server must answer 413 from the headers alone, before any body byte. (Sending
        // the whole body from a client that does not read early responses races with the server's close.)
        try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", server.port())) {
            byte[] head = ("POST /v1/episodes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (MAX_BODY + 100) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            KeepAliveClient.Response r = c.raw(head, new byte[0]);
            assertEquals(r.body(), 413, r.status());
            assertEquals("payload_too_large", JsonParser.parseString(r.body()).getAsJsonObject().get("error")
                .getAsString());
        }
        try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", server.port())) {
            byte[] head = ("POST /v1/episodes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            StringBuilder chunks = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                String part = "x".repeat(MAX_BODY / 4);
                chunks.append(Integer.toHexString(part.length())).append("\r\n").append(part).append("\r\n");
            }
            chunks.append("0\r\n\r\n");
            KeepAliveClient.Response r = c.raw(head, chunks.toString().getBytes(StandardCharsets.US_ASCII));
            assertEquals(r.body(), 413, r.status());
            assertEquals("payload_too_large", JsonParser.parseString(r.body()).getAsJsonObject().get("error")
                .getAsString());
        }
        assertEquals(200, api.get("/v1/health").status());
    }

    @Test
    public void garbageOnTheSocketGetsA400AndTheServiceStaysUp() throws IOException {
        try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", server.port())) {
            KeepAliveClient.Response r = c.raw("GARBAGE \u0001\u0002 nonsense\r\n\r\n".getBytes(
                StandardCharsets.ISO_8859_1), new byte[0]);
            assertEquals(400, r.status());
        }
        assertEquals(200, api.get("/v1/health").status());
    }

    @Test
    public void stepsOnAFinishedEpisodeAre409() {
        Api.Reply opened = api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_0\", \"maxStepsPerTurn\": 1}");
        String id = opened.json().get("episodeId").getAsString();
        int turns = opened.json().get("turns").getAsInt();
        for (int i = 0; i < turns; i++) {
            Api.Reply r = api.post("/v1/episodes/" + id + "/step", "{\"message\": \"no tags\"}");
            assertEquals(200, r.status());
            assertEquals(i == turns - 1, r.json().get("done").getAsBoolean());
        }
        assertError(409, "conflict", api.post("/v1/episodes/" + id + "/step", "{\"message\": \"again\"}"));
        JsonObject rewards = api.get("/v1/episodes/" + id + "/rewards?names=success,format").json();
        assertEquals(0.0, rewards.getAsJsonObject("rewards").getAsJsonObject("success").get("value")
            .getAsDouble(), 0);
        assertEquals(2, rewards.getAsJsonObject("rewards").size());
        api.delete("/v1/episodes/" + id);
    }

    @Test
    public void aNonLoopbackBindWithoutATokenDoesNotStart() {
        try {
            EnvtuneServer.start(new ServerSettings("0.0.0.0", 0, null, null, Limits.defaults(), 4),
                TestPlugins.all()).close();
            fail("a non-loopback bind without a token must be refused");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("token"));
        }
    }
}
