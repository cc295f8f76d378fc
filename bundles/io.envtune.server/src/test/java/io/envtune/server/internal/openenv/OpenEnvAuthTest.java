package io.envtune.server.internal.openenv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
import io.envtune.server.internal.core.Limits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** With a token file, the {@code /ws} upgrade and the OpenEnv routes need the bearer token; {@code /health} not. */
public class OpenEnvAuthTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theTokenGuardsTheWebSocketAndTheRoutes() throws Exception {
        Path tokenFile = tmp.newFile("token").toPath();
        Files.writeString(tokenFile, "s3cret\n", StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, tokenFile, null,
            Limits.defaults(), 4), TestPlugins.all())) {
            URI ws = URI.create("ws://127.0.0.1:" + server.port() + "/ws");
            try {
                http.newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() { }).join();
                throw new AssertionError("the upgrade succeeded without a token");
            } catch (CompletionException e) {
                assertTrue(e.getCause().toString(), e.getCause() instanceof WebSocketHandshakeException);
                assertEquals(401, ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
            }
            WebSocket ok = http.newWebSocketBuilder().header("Authorization", "Bearer s3cret")
                .buildAsync(ws, new WebSocket.Listener() { }).join();
            ok.abort();
            assertEquals(401, status(http, server, "/state?episode_id=x", null));
            assertEquals(200, status(http, server, "/health", null));
            assertEquals(404, status(http, server, "/state?episode_id=x", "s3cret"));
        }
    }

    private static int status(HttpClient http, EnvtuneServer server, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
