package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * 512 concurrent oracle episodes over loopback keep-alive connections: zero errors, every finished episode a
 * success, and the throughput and step-latency percentiles printed. Tune with {@code -Denvtune.load.seconds},
 * {@code -Denvtune.load.episodes}, {@code -Denvtune.load.connections}, {@code -Denvtune.load.warmup} and {@code -Denvtune.load.thinkMicros};
 * {@link LoadBench} runs the same load with the server in its own JVM.
 */
public class LoadTest {

    @Test
    public void fiveHundredTwelveConcurrentEpisodesWithZeroErrors() throws Exception {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        StaticPlugins plugins = TestPlugins.all();
        List<OracleScript> scripts = data.tasks().stream().map((Task t) -> OracleScript.of(t, plugins::environment))
            .toList();
        int episodes = Integer.getInteger("envtune.load.episodes", 512);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            Limits.defaults(), 16), plugins)) {
            LoadGenerator.Options options = new LoadGenerator.Options("127.0.0.1", server.port(), episodes,
                Integer.getInteger("envtune.load.connections", episodes),
                Double.parseDouble(System.getProperty("envtune.load.seconds", "10")),
                Double.parseDouble(System.getProperty("envtune.load.warmup", "0")),
                Long.getLong("envtune.load.thinkMicros", 0), scripts);
            System.out.println("transport (sequential GET /v1/health, one keep-alive connection, us): "
                + LoadGenerator.transport("127.0.0.1", server.port(), 20_000));
            AtomicInteger maxOpen = new AtomicInteger();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    maxOpen.accumulateAndGet(server.core().openEpisodes(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            LoadGenerator.Report report = LoadGenerator.run(options);
            sampler.interrupt();
            System.out.println(report.text(options));
            System.out.println("  server: " + new Api(server.baseUrl()).get("/v1/metrics").body());
            assertEquals(report.firstError(), 0, report.errors());
            assertTrue("open episodes peaked at " + maxOpen.get(), maxOpen.get() >= episodes);
            assertTrue(report.steps() > 0 && report.episodesCompleted() > 0);
            assertEquals(0, server.core().openEpisodes());
        }
    }
}
