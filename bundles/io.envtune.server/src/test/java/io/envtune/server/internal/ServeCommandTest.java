package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class ServeCommandTest {

    @Test
    public void serveInTheBackgroundThenStop() throws Exception {
        ServeCommand command = new ServeCommand(TestPlugins.all());
        String line = command.serve(0, "127.0.0.1", "", "", "", 16, 60, 4, true, false);
        assertTrue(line, line.startsWith("envtune server on http://127.0.0.1:"));
        String base = line.substring("envtune server on ".length(), line.indexOf(" (health"));
        assertEquals("ok", new Api(base).get("/v1/health").json().get("status").getAsString());
        assertEquals("stopped 1 server(s)", command.serve(0, "", "", "", "", 16, 60, 4, false, true));
    }

    @Test
    public void theForegroundServerReturnsWhenStopped() throws Exception {
        ServeCommand command = new ServeCommand(TestPlugins.all());
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
            try {
                return command.serve(0, "127.0.0.1", "", "", "", 16, 60, 4, false, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        command.deactivate();
        String done = running.get(10, TimeUnit.SECONDS);
        assertTrue(done, done.endsWith("stopped"));
    }

    @Test
    public void aNonLoopbackBindWithoutATokenIsRefusedByTheCommand() throws Exception {
        try {
            new ServeCommand(TestPlugins.all()).serve(0, "0.0.0.0", "", "", "", 16, 60, 4, true, false);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("--token-file"));
            return;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    public void theComponentConfigurationMapsToSettings() {
        ServerConfiguration config = (ServerConfiguration) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ServerConfiguration.class}, (p, m, a) -> switch (m.getName()) {
                case "port" -> 9000;
                case "maxOpenEpisodes" -> 7;
                case "tokenFile" -> "/tmp/t";
                default -> m.getDefaultValue();
            });
        ServerSettings s = ServerComponent.settings(config);
        assertEquals(9000, s.port());
        assertEquals("127.0.0.1", s.bind());
        assertEquals(7, s.limits().maxOpenEpisodes());
        assertEquals("/tmp/t", s.tokenFile().toString());
        assertEquals(null, s.bfclDir());
        assertEquals(600, s.limits().idleTimeout().toSeconds());
    }
}
