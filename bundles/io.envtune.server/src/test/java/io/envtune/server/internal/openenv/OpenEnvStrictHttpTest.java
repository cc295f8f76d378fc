package io.envtune.server.internal.openenv;

import static org.junit.Assert.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * OpenEnv's HTTP routes decode as strictly as envtune's {@code /v1} API, over real loopback HTTP: every body must be
 * declared JSON (415), unknown fields are refused naming the field and the allowed ones (422), integers are exact
 * (no fraction, no overflow), a key given twice is refused (400), and each refusal is OpenEnv's
 * {@code {"detail": "..."}} with our own text. A refused reset opens no episode.
 */
public class OpenEnvStrictHttpTest {

    private static final String TASK = "multi_turn_base_0";
    private static EnvtuneServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeClass
    public static void start() {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(), Limits.defaults(), 4),
            TestPlugins.all());
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private record Reply(int status, JsonObject json) {
    }

    private static Reply post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JsonParser.parseString(r.body()).getAsJsonObject());
    }

    /** Asserts the status and the exact {@code detail}, and that no episode was opened by the refused request. */
    private static void refused(int status, String detail, String path, String type, String body) throws Exception {
        int open = server.core().openEpisodes();
        Reply r = post(path, type, body);
        assertEquals(r.json().toString(), status, r.status());
        assertEquals(detail, r.json().get("detail").getAsString());
        assertEquals(open, server.core().openEpisodes());
    }

    @Test
    public void everyBodyMustBeDeclaredJson() throws Exception {
        String reset = "{\"task_id\":\"" + TASK + "\"}";
        refused(415, "Content-Type must be application/json, was 'text/plain'", "/reset", "text/plain", reset);
        refused(415, "Content-Type must be application/json, was 'application/x-www-form-urlencoded'", "/reset",
            "application/x-www-form-urlencoded", reset);
        refused(415, "Content-Type must be application/json, was none", "/step", null,
            "{\"episode_id\":\"x\",\"action\":{\"message\":\"hi\"}}");
        assertEquals(200, post("/reset", "application/json; charset=utf-8", reset).status());
    }

    @Test
    public void unknownFieldsAreRefusedNamingThem() throws Exception {
        refused(422, "unknown field 'temperature'; allowed: [episode_id, mode, seed, stage, task_id]", "/reset",
            "application/json", "{\"task_id\":\"" + TASK + "\",\"temperature\":1}");
        refused(422, "unknown field 'feedback_mode'; allowed: [episode_id, mode, seed, stage, task_id]", "/reset",
            "application/json", "{\"task_id\":\"" + TASK + "\",\"feedback_mode\":\"augmented\"}");
        String id = post("/reset", "application/json", "{\"task_id\":\"" + TASK + "\"}").json()
            .getAsJsonObject("observation").get("episode_id").getAsString();
        refused(422, "unknown field 'extra'; allowed: [action, episode_id, request_id, timeout_s]", "/step",
            "application/json", "{\"episode_id\":\"" + id + "\",\"action\":{\"message\":\"hi\"},\"extra\":1}");
        refused(422, "unknown field 'action.tool'; allowed: [message, metadata]", "/step", "application/json",
            "{\"episode_id\":\"" + id + "\",\"action\":{\"message\":\"hi\",\"tool\":\"x\"}}");
    }

    @Test
    public void integersAreExactAndInRange() throws Exception {
        refused(422, "'seed' must be a whole number, was 2.7", "/reset", "application/json",
            "{\"task_id\":\"" + TASK + "\",\"seed\":2.7}");
        refused(422, "'seed' must be between 0 and 9223372036854775807, was 99999999999999999999", "/reset",
            "application/json", "{\"task_id\":\"" + TASK + "\",\"seed\":99999999999999999999}");
        refused(422, "'seed' must be between 0 and 9223372036854775807, was -1", "/reset", "application/json",
            "{\"task_id\":\"" + TASK + "\",\"seed\":-1}");
        refused(422, "'seed' must be an integer", "/reset", "application/json",
            "{\"task_id\":\"" + TASK + "\",\"seed\":\"7\"}");
        assertEquals(200, post("/reset", "application/json", "{\"task_id\":\"" + TASK + "\",\"seed\":4.0}").status());
        refused(422, "'timeout_s' must be a positive number", "/step", "application/json",
            "{\"episode_id\":\"x\",\"timeout_s\":-1,\"action\":{\"message\":\"hi\"}}");
    }

    @Test
    public void malformedOrAmbiguousJsonIs400InOurWords() throws Exception {
        refused(400, "the key 'task_id' appears twice in one object", "/reset", "application/json",
            "{\"task_id\":\"" + TASK + "\",\"task_id\":\"multi_turn_base_1\"}");
        refused(400, "the message is not valid JSON (strict: double quotes, no comments, one value and nothing after "
            + "it)", "/reset", "application/json", "{'task_id': '" + TASK + "'}");
        refused(400, "the message is not valid JSON (strict: double quotes, no comments, one value and nothing after "
            + "it)", "/reset", "application/json", "{\"task_id\":\"" + TASK + "\"} trailing");
    }
}
