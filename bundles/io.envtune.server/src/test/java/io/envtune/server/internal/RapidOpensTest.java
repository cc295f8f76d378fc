package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonParser;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.core.Limits;
import io.envtune.testkit.BfclFixtures;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/** 10,000 rapid opens without a single close: the open limit answers 429, memory stays bounded, the service lives. */
public class RapidOpensTest {

    private static final int LIMIT = 1000;
    private static final int OPENS = 10_000;

    @Test
    public void tenThousandOpensWithoutClosesHitTheLimitCleanly() throws Exception {
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        Limits limits = new Limits(1 << 20, LIMIT, 1000, 50, Duration.ofMinutes(10), 1L << 30);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            limits, 16), TestPlugins.all())) {
            long heapBefore = usedHeap();
            AtomicInteger created = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int worker = w;
                work.add(pool.submit(() -> {
                    try (KeepAliveClient c = new KeepAliveClient("127.0.0.1", server.port())) {
                        for (int i = worker; i < OPENS; i += 8) {
                            String task = data.tasks().get(i % 800).id();
                            KeepAliveClient.Response r = c.send("POST", "/v1/episodes", "{\"taskId\": \"" + task
                                + "\"}");
                            if (r.status() == 201) {
                                created.incrementAndGet();
                            } else if (r.status() == 429 && JsonParser.parseString(r.body()).getAsJsonObject()
                                .get("error").getAsString().equals("too_many_episodes")) {
                                refused.incrementAndGet();
                            } else {
                                other.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        other.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            long heapAfter = usedHeap();
            assertEquals(0, other.get());
            assertEquals(LIMIT, created.get());
            assertEquals(OPENS - LIMIT, refused.get());
            assertEquals(LIMIT, server.core().openEpisodes());
            assertEquals(200, new Api(server.baseUrl()).get("/v1/health").status());
            long perEpisode = Math.max(0, heapAfter - heapBefore) / LIMIT;
            System.out.printf("rapid opens: %d created, %d refused with 429; heap %d MiB -> %d MiB (about %d KiB per "
                + "open episode)%n", created.get(), refused.get(), heapBefore >> 20, heapAfter >> 20, perEpisode >> 10);
            assertTrue("heap grew by " + ((heapAfter - heapBefore) >> 20) + " MiB", heapAfter - heapBefore < 1L << 30);
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
