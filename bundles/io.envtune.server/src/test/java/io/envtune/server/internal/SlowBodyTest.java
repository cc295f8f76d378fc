package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclFixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/**
 * The router runs on Jetty's selector threads, so it must never wait there for a body still in transit: requests
 * whose headers came without their body must not hold up anyone else, and are answered once the rest arrives.
 */
public class SlowBodyTest {

    private static final int STALLED = 8;

    /** A selector blocked on a body would hang every connection it serves; the timeout turns that into a failure. */
    @Test(timeout = 30_000)
    public void bodiesArrivingAfterTheirHeadersHoldUpNoOtherConnection() throws Exception {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            Limits.defaults(), 16), TestPlugins.all())) {
            Api api = new Api(server.baseUrl());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i <= STALLED; i++) {
                ids.add(api.post("/v1/episodes", "{\"taskId\": \"multi_turn_base_0\"}").json().get("episodeId")
                    .getAsString());
            }
            byte[] body = "{\"message\": \"I cannot do that.\"}".getBytes(StandardCharsets.UTF_8);
            int half = body.length / 2;
            // More stalled connections than selectors (one per core), so every selector serves some of them.
            List<KeepAliveClient> stalled = new ArrayList<>();
            for (int i = 0; i < STALLED; i++) {
                KeepAliveClient c = new KeepAliveClient("127.0.0.1", server.port());
                c.write(head(ids.get(i), body.length), Arrays.copyOf(body, half));
                stalled.add(c);
            }
            try (KeepAliveClient other = new KeepAliveClient("127.0.0.1", server.port())) {
                assertEquals(200, other.send("GET", "/v1/health", null).status());
                KeepAliveClient.Response step = other.send("POST", "/v1/episodes/" + ids.get(STALLED) + "/step",
                    new String(body, StandardCharsets.UTF_8));
                assertEquals(step.body(), 200, step.status());
            }
            for (KeepAliveClient c : stalled) {
                c.write(Arrays.copyOfRange(body, half, body.length));
                KeepAliveClient.Response r = c.read();
                assertEquals(r.body(), 200, r.status());
                assertTrue(r.body(), r.body().contains("\"outcome\":"));
                c.close();
            }
        }
    }

    private static byte[] head(String id, int length) {
        return ("POST /v1/episodes/" + id + "/step HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
