package io.envtune.server.internal.openenv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.OracleScript;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * OpenEnv's HTTP routes over loopback: health, metadata, schema, an oracle episode through {@code /reset},
 * {@code /step} and {@code /state}, errors as {@code {"detail": …}}, and the {@code /v1} API still answering
 * beside them.
 */
public class OpenEnvHttpTest {

    private static StaticPlugins plugins;
    private static BfclDataset data;
    private static EnvtuneServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeClass
    public static void start() {
        data = BfclDataset.load(BfclFixtures.dataDir());
        plugins = TestPlugins.all();
        server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(), Limits.defaults(), 16),
            plugins);
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    private record Reply(int status, JsonObject json) {
    }

    private static Reply call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
            : b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JsonParser.parseString(r.body()).getAsJsonObject());
    }

    @Test
    public void staticRoutesAnswerAsOpenEnvServersDo() throws Exception {
        assertEquals("healthy", call("GET", "/health", null).json().get("status").getAsString());
        JsonObject meta = call("GET", "/metadata", null).json();
        assertEquals("envtune-bfcl", meta.get("name").getAsString());
        JsonObject schema = call("GET", "/schema", null).json();
        assertTrue(schema.has("action") && schema.has("observation") && schema.has("state"));
        assertEquals("[\"message\"]", schema.getAsJsonObject("action").get("required").toString());
        assertEquals(200, call("GET", "/v1/health", null).status());
        assertEquals(405, call("GET", "/reset", null).status());
    }

    @Test
    public void anOracleEpisodePlaysOverHttp() throws Exception {
        Task task = data.tasks().get(0);
        OracleScript script = OracleScript.of(task, plugins::environment);
        Reply reset = call("POST", "/reset", "{\"task_id\":\"" + task.id() + "\",\"seed\":3,\"episode_id\":\"mine\"}");
        assertEquals(reset.json().toString(), 200, reset.status());
        String id = reset.json().getAsJsonObject("observation").get("episode_id").getAsString();
        boolean done = false;
        int turn = 0;
        boolean after = false;
        while (!done) {
            JsonObject body = new JsonObject();
            body.addProperty("episode_id", id);
            JsonObject action = new JsonObject();
            action.addProperty("message", script.next(turn, after));
            body.add("action", action);
            Reply r = call("POST", "/step", body.toString());
            assertEquals(r.json().toString(), 200, r.status());
            boolean ended = r.json().getAsJsonObject("observation").get("turn_ended").getAsBoolean();
            turn += ended ? 1 : 0;
            after = !ended;
            done = r.json().get("done").getAsBoolean();
        }
        JsonObject state = call("GET", "/state?episode_id=" + id, null).json();
        assertEquals(1.0, state.getAsJsonObject("rewards").get("success").getAsDouble(), 0);
        assertEquals(1.0, state.getAsJsonObject("rewards").get("progress").getAsDouble(), 0);
        assertEquals(task.turns().size(), state.getAsJsonArray("ledger").size());
        assertEquals(200, call("DELETE", "/v1/episodes/" + id, null).status());
    }

    @Test
    public void errorsAreDetailBodies() throws Exception {
        Reply unknownTask = call("POST", "/reset", "{\"task_id\":\"nope\"}");
        assertEquals(404, unknownTask.status());
        assertTrue(unknownTask.json().get("detail").getAsString().contains("nope"));
        Reply extra = call("POST", "/reset", "{\"task_id\":\"multi_turn_base_0\",\"x\":1}");
        assertEquals(422, extra.status());
        assertTrue(extra.json().get("detail").getAsString().contains("'x'"));
        assertEquals(400, call("POST", "/step", "{oops").status());
        assertEquals(422, call("POST", "/step", "{\"episode_id\":\"e\"}").status());
        assertEquals(404, call("POST", "/step", "{\"episode_id\":\"e\",\"action\":{\"message\":\"m\"}}").status());
        assertEquals(422, call("GET", "/state", null).status());
        assertEquals(422, call("GET", "/state?episode_id=a&b=c", null).status());
    }
}
