package io.envtune.server.internal.openenv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclFixtures;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Bad input over {@code /ws} with a real WebSocket client: every refusal is OpenEnv's error message with our own
 * text, and the connection stays usable (a reset and a step work right after); a client that vanishes mid-episode
 * has its episode closed and its instances freed. Each case prints what the client received, for the record.
 */
public class OpenEnvBadInputTest {

    private static final int MAX_BODY = 64 * 1024;
    private static EnvtuneServer server;
    private static HttpClient http;

    @BeforeClass
    public static void start() {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        Limits limits = new Limits(MAX_BODY, 64, 1000, 50, Duration.ofMinutes(10), 1L << 30);
        server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(), limits, 16),
            TestPlugins.all());
        http = HttpClient.newHttpClient();
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private static JsonObject refused(WsClient ws, String sent, String code) {
        JsonObject r = ws.ask(sent);
        System.out.println("sent " + (sent.length() > 80 ? sent.substring(0, 80) + "… (" + sent.length()
            + " chars)" : sent) + "\n  got " + r);
        assertEquals(r.toString(), "error", r.get("type").getAsString());
        assertEquals(r.toString(), code, r.getAsJsonObject("data").get("code").getAsString());
        String message = r.getAsJsonObject("data").get("message").getAsString();
        assertFalse("a library's text leaked: " + message, message.contains("Exception")
            || message.contains("com.google") || message.contains("org.eclipse"));
        return r.getAsJsonObject("data");
    }

    private static void stillUsable(WsClient ws) {
        JsonObject reset = ws.ask("{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\"}}");
        assertEquals(reset.toString(), "observation", reset.get("type").getAsString());
        JsonObject step = ws.ask("{\"type\":\"step\",\"data\":{\"message\":\"I cannot help.\"}}");
        assertEquals(step.toString(), "observation", step.get("type").getAsString());
    }

    @Test
    public void malformedJsonIsRefusedAndTheConnectionStaysUsable() {
        try (WsClient ws = WsClient.connect(http, server.baseUrl())) {
            refused(ws, "{\"type\": \"reset\", ", "INVALID_JSON");
            refused(ws, "{'type': 'reset'}", "INVALID_JSON");
            refused(ws, "{\"type\":\"state\"} trailing", "INVALID_JSON");
            refused(ws, "[1, 2]", "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"type\":\"step\"}", "INVALID_JSON");
            refused(ws, "[".repeat(10_000) + "]".repeat(10_000), "INVALID_JSON");
            stillUsable(ws);
        }
    }

    @Test
    public void unknownTypesAndFieldsAreRefusedNamingThem() {
        try (WsClient ws = WsClient.connect(http, server.baseUrl())) {
            assertTrue(refused(ws, "{\"type\":\"jump\"}", "UNKNOWN_TYPE").get("message").getAsString()
                .contains("'jump'"));
            refused(ws, "{\"data\":{}}", "UNKNOWN_TYPE");
            JsonObject extra = refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\","
                + "\"temperature\":1}}", "VALIDATION_ERROR");
            assertTrue(extra.get("message").getAsString().contains("data.temperature"));
            assertEquals("[\"data\",\"temperature\"]", extra.getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("loc").toString());
            refused(ws, "{\"type\":\"state\",\"data\":{}}", "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\",\"seed\":1.5}}",
                "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\",\"seed\":-1}}",
                "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\","
                + "\"seed\":99999999999999999999}}", "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\",\"mode\":\"loud\"}}",
                "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":7}}", "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"reset\",\"data\":{}}", "VALIDATION_ERROR");
            stillUsable(ws);
            refused(ws, "{\"type\":\"step\",\"data\":{\"message\":\"x\",\"tool\":\"y\"}}", "VALIDATION_ERROR");
            refused(ws, "{\"type\":\"step\",\"data\":{\"message\":42}}", "VALIDATION_ERROR");
        }
    }

    @Test
    public void anUnknownTaskIsAnErrorAndTheConnectionStaysUsable() {
        try (WsClient ws = WsClient.connect(http, server.baseUrl())) {
            JsonObject e = refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"no_such_task\"}}",
                "EXECUTION_ERROR");
            assertTrue(e.get("message").getAsString().contains("no_such_task"));
            refused(ws, "{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\",\"stage\":\"S9\"}}",
                "EXECUTION_ERROR");
            stillUsable(ws);
        }
    }

    @Test
    public void aStepBeforeResetIsRefused() {
        try (WsClient ws = WsClient.connect(http, server.baseUrl())) {
            JsonObject e = refused(ws, "{\"type\":\"step\",\"data\":{\"message\":\"hello\"}}", "EXECUTION_ERROR");
            assertTrue(e.get("message").getAsString().contains("reset"));
            JsonObject state = ws.ask("{\"type\":\"state\"}");
            assertEquals("state", state.get("type").getAsString());
            assertTrue(state.getAsJsonObject("data").get("episode_id").isJsonNull());
            stillUsable(ws);
        }
    }

    @Test
    public void anOversizedMessageIsRefusedWithoutClosingTheConnection() {
        try (WsClient ws = WsClient.connect(http, server.baseUrl())) {
            String big = "{\"type\":\"step\",\"data\":{\"message\":\"" + "x".repeat(20 * MAX_BODY) + "\"}}";
            JsonObject e = refused(ws, big, "VALIDATION_ERROR");
            assertTrue(e.get("message").getAsString().contains(String.valueOf(MAX_BODY)));
            stillUsable(ws);
        }
    }

    @Test
    public void aBinaryMessageIsRefused() {
        try (WsClient ws = WsClient.connect(http, server.baseUrl())) {
            ws.sendBinary(new byte[] {1, 2, 3});
            JsonObject r = ws.next();
            System.out.println("sent 3 binary bytes\n  got " + r);
            assertEquals("error", r.get("type").getAsString());
            stillUsable(ws);
        }
    }

    /** Waits until the server has {@code n} open episodes (other tests' clients are released asynchronously). */
    private static int awaitOpen(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (server.core().openEpisodes() != n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return server.core().openEpisodes();
    }

    @Test
    public void aVanishedClientsEpisodeIsClosedAndFreed() throws Exception {
        assertEquals(0, awaitOpen(0));
        WsClient ws = WsClient.connect(http, server.baseUrl());
        ws.ask("{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\"}}");
        assertEquals(1, server.core().openEpisodes());
        long closedBefore = server.core().metrics().snapshot().closed();
        ws.vanish();
        int after = awaitOpen(0);
        System.out.println("client dropped its TCP connection mid-episode: open episodes 1 -> " + after);
        assertEquals(0, after);
        // The count goes up just after the episode leaves the open set.
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.core().metrics().snapshot().closed() < closedBefore + 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(closedBefore + 1, server.core().metrics().snapshot().closed());
    }

    @Test
    public void theCloseMessageClosesTheEpisodeAndTheConnection() throws Exception {
        assertEquals(0, awaitOpen(0));
        WsClient ws = WsClient.connect(http, server.baseUrl());
        ws.ask("{\"type\":\"reset\",\"data\":{\"task_id\":\"multi_turn_base_0\"}}");
        ws.send("{\"type\":\"close\"}");
        Integer status = ws.awaitClose(10);
        assertNotNull("no close frame", status);
        assertEquals(1000, status.intValue());
        // The episode is closed before the close frame is sent.
        assertEquals(0, server.core().openEpisodes());
    }
}
