package io.envtune.server.internal.openenv;

import io.envtune.server.internal.OracleScript;
import io.envtune.server.internal.core.LatencyHistogram;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The WebSocket load: {@code sessions} concurrent OpenEnv sessions, one connection each, playing oracle episodes
 * cycling through the scripts, paced like the HTTP load benchmark (a think pause drawn uniformly from [0.5, 1.5) of
 * the mean before every step; 0 for none). Counts steps, completed episodes and errors, and the client-side step
 * latency, only inside the measured window.
 */
final class WsLoad {

    /**
     * What to run.
     *
     * @param port the server's port on loopback
     * @param sessions concurrent sessions (connections)
     * @param thinkMicros mean think time before each step
     * @param warmupSeconds unmeasured time after every session has connected
     * @param seconds measured time
     * @param scripts the oracle scripts
     */
    record Options(int port, int sessions, long thinkMicros, double warmupSeconds, double seconds,
                   List<OracleScript> scripts) {
    }

    /**
     * What happened in the measured window.
     *
     * @param seconds its length
     * @param steps steps answered
     * @param episodes episodes completed
     * @param errors failures
     * @param firstError the first failure, or null
     * @param latency client-side step latency, µs
     */
    record Report(double seconds, long steps, long episodes, long errors, String firstError,
                  LatencyHistogram.Summary latency) {

        String text(Options o) {
            return String.format("ws load: %d sessions (one connection each), think %d us, %.1f s after %.0f s "
                    + "warm-up%n"
                    + "  steps %d (%.0f steps/s), episodes completed %d, errors %d%n"
                    + "  step latency (client, us): p50 %d  p90 %d  p99 %d  max %d%s", o.sessions(), o.thinkMicros(),
                seconds, o.warmupSeconds(), steps, steps / seconds, episodes, errors, latency.p50(), latency.p90(),
                latency.p99(), latency.max(), firstError == null ? "" : "\n  first error: " + firstError);
        }
    }

    private final Options options;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ws-load-think");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean measuring;
    private volatile LatencyHistogram latency = new LatencyHistogram();
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong episodes = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    private WsLoad(Options options) {
        this.options = options;
    }

    /**
     * @param options what to run
     * @return the measured window's report
     * @throws InterruptedException when interrupted
     */
    static Report run(Options options) throws InterruptedException {
        return new WsLoad(options).go();
    }

    private Report go() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ws-load-io");
            t.setDaemon(true);
            return t;
        })).build();
        List<WebSocket> sockets = new ArrayList<>();
        URI uri = URI.create("ws://127.0.0.1:" + options.port() + "/ws");
        for (int i = 0; i < options.sessions(); i++) {
            WsSlot slot = new WsSlot(this, i);
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, slot)
                .join();
            sockets.add(ws);
            slot.start(ws);
        }
        Thread.sleep((long) (options.warmupSeconds() * 1000));
        latency = new LatencyHistogram();
        steps.set(0);
        episodes.set(0);
        errors.set(0);
        firstError.set(null);
        long start = System.nanoTime();
        measuring = true;
        Thread.sleep((long) (options.seconds() * 1000));
        measuring = false;
        double seconds = (System.nanoTime() - start) / 1e9;
        Report r = new Report(seconds, steps.get(), episodes.get(), errors.get(), firstError.get(),
            latency.summary());
        sockets.forEach(WebSocket::abort);
        scheduler.shutdownNow();
        return r;
    }

    OracleScript script(long n) {
        return options.scripts().get((int) (n % options.scripts().size()));
    }

    int slots() {
        return options.sessions();
    }

    long thinkMicros() {
        return options.thinkMicros();
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    void step(long micros) {
        if (measuring) {
            latency.record(micros);
            steps.incrementAndGet();
        }
    }

    void completed() {
        if (measuring) {
            episodes.incrementAndGet();
        }
    }

    void error(String what) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, what);
    }
}
