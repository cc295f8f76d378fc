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
        String line = (String) command.serve("--port", "0", "--max-episodes=16", "--idle-timeout", "60", "--threads",
            "4", "--background");
        assertTrue(line, line.startsWith("envtune server on http://127.0.0.1:"));
        String base = line.substring("envtune server on ".length(), line.indexOf(" (health"));
        assertEquals("ok", new Api(base).get("/v1/health").json().get("status").getAsString());
        assertEquals("stopped 1 server(s)", command.serve("--stop"));
    }

    @Test
    public void theForegroundServerReturnsWhenStopped() throws Exception {
        ServeCommand command = new ServeCommand(TestPlugins.all());
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
            try {
                return (String) command.serve("--port", "0", "--threads", "4");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        command.deactivate();
        String done = running.get(10, TimeUnit.SECONDS);
        assertTrue(done, done.endsWith("stopped"));
    }

    @Test
    public void aForegroundServerStartedAfterAStopKeepsServing() throws Exception {
        ServeCommand command = new ServeCommand(TestPlugins.all());
        assertEquals("stopped 0 server(s)", command.serve("--stop"));
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> {
            try {
                return (String) command.serve("--port", "0", "--threads", "4");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        // An earlier --stop must not have released this one: it still serves until the next --stop.
        assertEquals(false, running.isDone());
        assertEquals("stopped 1 server(s)", command.serve("--stop"));
        String done = running.get(10, TimeUnit.SECONDS);
        assertTrue(done, done.endsWith("stopped"));
    }

    @Test
    public void aNonLoopbackBindWithoutATokenIsRefusedByTheCommand() throws Exception {
        try {
            new ServeCommand(TestPlugins.all()).serve("--port", "0", "--bind", "0.0.0.0", "--background");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("--token-file"));
            return;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    public void badOptionsAreRefusedInOneLineAndNothingStarts() throws Exception {
        ServeCommand command = new ServeCommand(TestPlugins.all());
        assertRefused(command, "envtune:serve: Invalid value for option '--port': 70000 is out of range 0..65535 "
            + "(see envtune:serve --help)", "--port", "70000");
        assertRefused(command, "envtune:serve: Invalid value for option '--max-episodes': '4294967297' is not an "
            + "int (see envtune:serve --help)", "--max-episodes", "4294967297");
        assertRefused(command, "envtune:serve: Unknown option: '--prot'; did you mean --port? (see envtune:serve "
            + "--help)", "--prot", "1");
        assertEquals("stopped 0 server(s)", command.serve("--stop"));
        String help = (String) command.serve("--help");
        assertTrue(help, help.contains("Default: 8765") && help.contains("Allowed: 0..65535."));
    }

    private static void assertRefused(ServeCommand command, String expected, String... args) throws Exception {
        try {
            command.serve(args);
        } catch (io.envtune.cli.ArgumentException e) {
            assertEquals(expected, e.getMessage());
            return;
        }
        throw new AssertionError("accepted " + String.join(" ", args));
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
