package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.server.internal.core.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A non-loopback bind needs the bearer token on every route but the health check. */
public class AuthTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void aNonLoopbackBindRequiresTheToken() throws IOException {
        Path tokenFile = tmp.newFile("token").toPath();
        Files.writeString(tokenFile, "s3cret-token\n", StandardCharsets.UTF_8);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("0.0.0.0", 0, tokenFile, null,
            Limits.defaults(), 4), TestPlugins.all())) {
            String base = "http://127.0.0.1:" + server.port();
            Api anonymous = new Api(base);
            Api wrong = new Api(base, "guess");
            Api right = new Api(base, "s3cret-token");
            assertEquals(401, anonymous.get("/v1/metrics").status());
            assertEquals("unauthorized", anonymous.get("/v1/metrics").json().get("error").getAsString());
            assertEquals(401, anonymous.post("/v1/episodes", "{\"taskId\": \"x\"}").status());
            assertEquals(401, wrong.get("/v1/curriculum").status());
            assertEquals(200, anonymous.get("/v1/health").status());
            assertEquals(200, right.get("/v1/metrics").status());
            assertEquals(200, right.get("/v1/curriculum").status());
        }
    }

    @Test
    public void aTokenFileAlsoGuardsALoopbackBind() throws IOException {
        Path tokenFile = tmp.newFile("token2").toPath();
        Files.writeString(tokenFile, "t0k", StandardCharsets.UTF_8);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, tokenFile, null,
            Limits.defaults(), 4), TestPlugins.all())) {
            assertEquals(401, new Api(server.baseUrl()).get("/v1/metrics").status());
            assertEquals(200, new Api(server.baseUrl(), "t0k").get("/v1/metrics").status());
        }
    }
}
