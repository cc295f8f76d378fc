package io.envtune.server.internal.openenv;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.OracleScript;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * 512 concurrent OpenEnv sessions, one WebSocket connection each, playing oracle episodes paced like a trainer
 * (think 1 s ± 50 %): zero errors, every finished episode solved, and when all 512 clients drop their connections
 * at once every episode is closed. {@link WsLoadBench} runs the same load with the server in its own JVM; tune here
 * with {@code -Denvtune.wsload.sessions}, {@code .seconds}, {@code .warmup}, {@code .thinkMicros}.
 */
public class OpenEnvLoadTest {

    @Test
    public void fiveHundredTwelveSessionsWithZeroErrors() throws Exception {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        StaticPlugins plugins = TestPlugins.all();
        List<OracleScript> scripts = data.tasks().stream().map((Task t) -> OracleScript.of(t, plugins::environment))
            .toList();
        int sessions = Integer.getInteger("envtune.wsload.sessions", 512);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            Limits.defaults(), 16), plugins)) {
            WsLoad.Options o = new WsLoad.Options(server.port(), sessions,
                Long.getLong("envtune.wsload.thinkMicros", 1_000_000),
                Double.parseDouble(System.getProperty("envtune.wsload.warmup", "3")),
                Double.parseDouble(System.getProperty("envtune.wsload.seconds", "5")), scripts);
            AtomicInteger maxOpen = new AtomicInteger();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    maxOpen.accumulateAndGet(server.core().openEpisodes(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            WsLoad.Report r = WsLoad.run(o);
            sampler.interrupt();
            System.out.println(r.text(o) + "\n  open episodes peaked at " + maxOpen.get());
            assertEquals(r.firstError(), 0, r.errors());
            assertTrue(r.steps() > 0 && r.episodes() > 0);
            // A session is between two episodes only for the moment of its next reset.
            assertTrue("open episodes peaked at " + maxOpen.get(), maxOpen.get() >= sessions * 0.95);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (server.core().openEpisodes() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("episodes left open after every client dropped", 0, server.core().openEpisodes());
        }
    }
}
