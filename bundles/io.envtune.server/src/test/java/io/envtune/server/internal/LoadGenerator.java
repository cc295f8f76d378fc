package io.envtune.server.internal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.envtune.server.internal.core.LatencyHistogram;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives many concurrent oracle episodes against a server over loopback keep-alive connections and measures each
 * step request's latency on the client. Every worker thread owns one connection and a fixed share of the episode
 * slots; a slot plays an episode to the end, checks its success reward, closes it and opens the next task, so the
 * number of open episodes stays at {@code episodes} throughout. Any non-2xx reply, I/O error or failed oracle
 * episode counts as an error.
 */
public final class LoadGenerator {

    /**
     * What to run.
     *
     * @param host the server host
     * @param port the server port
     * @param episodes concurrent episodes
     * @param connections keep-alive connections (worker threads); each serves episodes/connections slots
     * @param seconds how long to run after every slot has opened its first episode
     * @param thinkMicros mean pause before each step, like a model generating (0 for none)
     * @param scripts the oracle scripts cycled through
     */
    public record Options(String host, int port, int episodes, int connections, double seconds, long thinkMicros,
                          List<OracleScript> scripts) {
    }

    /**
     * What happened.
     *
     * @param seconds measured run time
     * @param steps step requests answered
     * @param requests all requests answered
     * @param episodesCompleted episodes played to the end and closed
     * @param errors failures of any kind
     * @param firstError the first failure, or null
     * @param stepLatencyMicros client-side step latency percentiles
     */
    public record Report(double seconds, long steps, long requests, long episodesCompleted, long errors,
                         String firstError, LatencyHistogram.Summary stepLatencyMicros) {

        /** @return a few human-readable lines */
        public String text(Options o) {
            return String.format("load: %d concurrent episodes over %d keep-alive connections, think %d us, %.1f s%n"
                    + "  steps %d (%.0f steps/s), requests %d (%.0f req/s), episodes completed %d, errors %d%n"
                    + "  step latency (client, us): p50 %d  p90 %d  p99 %d  max %d%s",
                o.episodes(), o.connections(), o.thinkMicros(), seconds, steps, steps / seconds, requests,
                requests / seconds, episodesCompleted, errors, stepLatencyMicros.p50(), stepLatencyMicros.p90(),
                stepLatencyMicros.p99(), stepLatencyMicros.max(), firstError == null ? "" : "\n  first error: " + firstError);
        }
    }

    private final Options options;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong nextTask = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    private LoadGenerator(Options options) {
        this.options = options;
    }

    /**
     * @param options what to run
     * @return the report
     * @throws InterruptedException when interrupted
     */
    public static Report run(Options options) throws InterruptedException {
        return new LoadGenerator(options).go();
    }

    private Report go() throws InterruptedException {
        int workers = Math.min(options.connections(), options.episodes());
        CountDownLatch opened = new CountDownLatch(workers);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
        for (int w = 0; w < workers; w++) {
            int slots = options.episodes() / workers + (w < options.episodes() % workers ? 1 : 0);
            Thread t = new Thread(() -> work(slots, opened, deadline), "load-" + w);
            t.start();
            threads.add(t);
        }
        opened.await();
        steps.set(0);
        requests.set(0);
        window[0] = System.nanoTime();
        deadline.set(window[0] + (long) (options.seconds() * 1e9));
        for (Thread t : threads) {
            t.join();
        }
        window[1] = System.nanoTime();
        return new Report((window[1] - window[0]) / 1e9, steps.get(), requests.get(), completed.get(), errors.get(),
            firstError.get(), latency.summary());
    }

    /** One open episode of a worker. */
    private static final class Slot {
        private String id;
        private OracleScript script;
        private int turn;
        private boolean afterObservation;
    }

    private void work(int slots, CountDownLatch opened, AtomicLong deadline) {
        List<Slot> mine = new ArrayList<>();
        boolean counted = false;
        try (KeepAliveClient client = new KeepAliveClient(options.host(), options.port())) {
            for (int i = 0; i < slots; i++) {
                Slot s = new Slot();
                open(client, s);
                mine.add(s);
            }
            opened.countDown();
            counted = true;
            while (System.nanoTime() < deadline.get()) {
                for (Slot s : mine) {
                    advance(client, s);
                }
            }
            for (Slot s : mine) {
                if (s.id != null) {
                    call(client, "DELETE", "/v1/episodes/" + s.id, null);
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(e.toString());
        } finally {
            if (!counted) {
                opened.countDown();
            }
        }
    }

    private void advance(KeepAliveClient client, Slot s) throws IOException {
        if (s.id == null) {
            open(client, s);
            return;
        }
        think();
        String body = "{\"message\": " + new JsonPrimitive(s.script.next(s.turn, s.afterObservation)) + "}";
        long start = System.nanoTime();
        KeepAliveClient.Response r = client.send("POST", "/v1/episodes/" + s.id + "/step", body);
        latency.record((System.nanoTime() - start) / 1000);
        steps.incrementAndGet();
        requests.incrementAndGet();
        if (r.status() != 200) {
            fail("step " + r.status() + " " + r.body());
            s.id = null;
            return;
        }
        JsonObject reply = JsonParser.parseString(r.body()).getAsJsonObject();
        boolean turnEnded = !reply.get("turnScore").isJsonNull();
        s.turn += turnEnded ? 1 : 0;
        s.afterObservation = !turnEnded;
        if (reply.get("done").getAsBoolean()) {
            finish(client, s);
        }
    }

    private void finish(KeepAliveClient client, Slot s) throws IOException {
        JsonObject reward = call(client, "GET", "/v1/episodes/" + s.id + "/rewards/success", null);
        if (reward != null && reward.get("value").getAsDouble() != 1.0) {
            fail("oracle episode of " + s.script.taskId() + " did not succeed: " + reward);
        }
        String finished = s.id;
        // The next episode opens before the finished one closes, so the slot never leaves the open count.
        open(client, s);
        call(client, "DELETE", "/v1/episodes/" + finished, null);
        completed.incrementAndGet();
    }

    private void open(KeepAliveClient client, Slot s) throws IOException {
        s.script = options.scripts().get((int) (nextTask.getAndIncrement() % options.scripts().size()));
        s.turn = 0;
        s.afterObservation = false;
        JsonObject r = call(client, "POST", "/v1/episodes", "{\"taskId\": \"" + s.script.taskId() + "\"}");
        s.id = r == null ? null : r.get("episodeId").getAsString();
    }

    private JsonObject call(KeepAliveClient client, String method, String path, String body) throws IOException {
        KeepAliveClient.Response r = client.send(method, path, body);
        requests.incrementAndGet();
        if (r.status() / 100 != 2) {
            fail(method + " " + path + " -> " + r.status() + " " + r.body());
            return null;
        }
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    /**
     * The transport alone: sequential {@code GET /v1/health} on one keep-alive connection.
     *
     * @param host the server host
     * @param port the server port
     * @param requests how many (the first tenth warms up and is not counted)
     * @return client-side latency percentiles, µs
     * @throws IOException when the connection fails
     */
    public static LatencyHistogram.Summary transport(String host, int port, int requests) throws IOException {
        LatencyHistogram h = new LatencyHistogram();
        try (KeepAliveClient c = new KeepAliveClient(host, port)) {
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                KeepAliveClient.Response r = c.send("GET", "/v1/health", null);
                if (i >= requests / 10) {
                    h.record((System.nanoTime() - start) / 1000);
                }
                if (r.status() != 200) {
                    throw new IOException("health answered " + r.status());
                }
            }
        }
        return h.summary();
    }

    private void think() {
        if (options.thinkMicros() > 0) {
            // Uniform in [0.5, 1.5) of the mean, as generation lengths vary, so the slots do not step in waves.
            long pause = (long) (options.thinkMicros() * 1000 * (0.5 + ThreadLocalRandom.current().nextDouble()));
            long until = System.nanoTime() + pause;
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(until - System.nanoTime());
            }
        }
    }

    private void fail(String what) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, what);
    }
}
