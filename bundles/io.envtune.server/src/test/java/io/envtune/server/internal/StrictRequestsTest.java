package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * envtune's own HTTP API decodes strictly: unknown fields, inexact integers, out-of-range metrics and steps that go
 * back are refused with 400 naming the field; without a token only loopback Hosts and Origins are served and every
 * body must be JSON; an over-long step text is refused and not stored. Real HTTP over loopback.
 */
public class StrictRequestsTest {

    private static EnvtuneServer server;
    private static Api api;

    @BeforeClass
    public static void start() {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(), Limits.defaults(), 4),
            TestPlugins.all());
        api = new Api(server.baseUrl());
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private static void assertRefused(int status, String message, Api.Reply r) {
        assertEquals(r.body().toString(), status, r.status());
        assertEquals(message, r.json().get("message").getAsString());
    }

    @Test
    public void unknownFieldsAndInexactIntegersAre400NamingTheField() {
        assertRefused(400, "unknown field 'feedback_mode'; known fields: taskId, stage, feedbackMode, promptVariant, "
            + "maxStepsPerTurn, emptyTurnCalls, task", api.post("/v1/episodes",
            "{\"taskId\": \"multi_turn_base_0\", \"feedback_mode\": \"augmented\"}"));
        assertRefused(400, "maxStepsPerTurn is out of range, was 4294967297", api.post("/v1/episodes",
            "{\"taskId\": \"multi_turn_base_0\", \"maxStepsPerTurn\": 4294967297}"));
        assertRefused(400, "maxStepsPerTurn is out of range, was 4294967346", api.post("/v1/episodes",
            "{\"taskId\": \"multi_turn_base_0\", \"maxStepsPerTurn\": 4294967346}"));
        assertRefused(400, "maxStepsPerTurn must be a whole number, was 2.7", api.post("/v1/episodes",
            "{\"taskId\": \"multi_turn_base_0\", \"maxStepsPerTurn\": 2.7}"));
        assertRefused(400, "taskId must be a string", api.post("/v1/episodes", "{\"taskId\": 7}"));
        assertEquals(201, api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_0\", \"maxStepsPerTurn\": 5.0}")
            .status());
    }

    @Test
    public void malformedJsonNeverShowsGsonsText() {
        Api.Reply r = api.post("/v1/episodes", "{'taskId': 'multi_turn_base_0'}");
        assertEquals(400, r.status());
        String message = r.json().get("message").getAsString();
        assertTrue(message, message.startsWith("malformed JSON at line 1 column "));
        assertFalse(message, message.contains("JsonReader") || message.contains("setStrictness")
            || message.contains("http"));
    }

    @Test
    public void curriculumMetricsAreValidatedAndStepsIncrease() {
        assertRefused(400, "validationAccuracy must be in [0, 1], was 7.0", api.post("/v1/curriculum/metrics",
            "{\"step\": 1, \"rewardMean\": 0.5, \"gradNorm\": 1, \"validationAccuracy\": 7}"));
        assertRefused(400, "gradNorm must be a finite number >= 0, was -1.0", api.post("/v1/curriculum/metrics",
            "{\"step\": 1, \"rewardMean\": 0.5, \"gradNorm\": -1}"));
        assertRefused(400, "unknown field 'stepp'; known fields: step, rewardMean, gradNorm, validationAccuracy",
            api.post("/v1/curriculum/metrics", "{\"stepp\": 1, \"rewardMean\": 0.5, \"gradNorm\": 1}"));
        String before = api.get("/v1/curriculum").body().toString();
        assertEquals(200, api.post("/v1/curriculum/metrics", "{\"step\": 5, \"rewardMean\": 0.1, \"gradNorm\": 1}")
            .status());
        assertRefused(400, "step must increase: 5 is not after the last observed step 5", api.post(
            "/v1/curriculum/metrics", "{\"step\": 5, \"rewardMean\": 0.1, \"gradNorm\": 1}"));
        assertRefused(400, "step must increase: 3 is not after the last observed step 5", api.post(
            "/v1/curriculum/metrics", "{\"step\": 3, \"rewardMean\": 0.1, \"gradNorm\": 1}"));
        assertEquals(before.replaceAll("\"stepsInStage\":\\d+", ""), api.get("/v1/curriculum").body().toString()
            .replaceAll("\"stepsInStage\":\\d+", ""));
    }

    @Test
    public void withoutATokenOnlyLoopbackHostsAndOriginsAndJsonBodiesAreServed() throws Exception {
        assertTrue(raw("GET /v1/health HTTP/1.1\r\nHost: evil.example\r\n\r\n").startsWith("HTTP/1.1 403"));
        assertTrue(raw("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n").startsWith("HTTP/1.1 200"));
        String rebind = raw("POST /v1/episodes HTTP/1.1\r\nHost: attacker.test:" + port() + "\r\nContent-Type: "
            + "application/json\r\nContent-Length: 2\r\n\r\n{}");
        assertTrue(rebind, rebind.startsWith("HTTP/1.1 403") && rebind.contains("is not a loopback name"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> origin = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/episodes"))
            .header("Origin", "http://evil.example").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"taskId\": \"multi_turn_base_0\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(origin.body(), 403, origin.statusCode());
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/episodes"))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{\"taskId\": \"multi_turn_base_0\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(plain.body(), 415, plain.statusCode());
        assertTrue(plain.body(), plain.body().contains("Content-Type must be application/json, was 'text/plain'"));
    }

    @Test
    public void anOverLongStepTextIsRefusedAndNotStored() {
        String id = api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_0\"}").json().get("episodeId")
            .getAsString();
        String huge = "x".repeat(200_001);
        Api.Reply step = api.post("/v1/episodes/" + id + "/step", "{\"message\": \"" + huge + "\"}");
        assertEquals(step.body().toString().substring(0, 200), 200, step.status());
        assertEquals("FORMAT_ERROR", step.json().get("outcome").getAsString());
        String record = api.get("/v1/episodes/" + id).body().toString();
        assertFalse("the text is not stored", record.contains("xxxxxxxxxx"));
        assertTrue(record, record.contains("[response of 200001 characters dropped: over the limit of 200000]"));
    }

    private static int port() {
        return URI.create(server.baseUrl()).getPort();
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.UTF_8);
        }
    }
}
