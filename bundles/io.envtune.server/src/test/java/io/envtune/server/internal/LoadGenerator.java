package io.envtune.server.internal;

import io.envtune.server.internal.core.LatencyHistogram;
import java.io.IOException;
import java.util.List;

/**
 * Drives many concurrent oracle episodes against a server over loopback keep-alive connections and measures each
 * step request's latency on the client, from the first byte written to the last byte read. Every connection owns a
 * fixed share of the episode slots and has one request in flight; a slot plays an episode to the end, checks its
 * success reward, opens the next task and then closes the finished one, so the number of open episodes stays at
 * {@code episodes} throughout. One selector thread drives all connections ({@link LoadLoop}). Any non-2xx reply, I/O
 * error or failed oracle episode counts as an error.
 */
public final class LoadGenerator {

    /**
     * What to run.
     *
     * @param host the server host
     * @param port the server port
     * @param episodes concurrent episodes
     * @param connections keep-alive connections; each serves episodes/connections slots
     * @param seconds how long to measure, after the warm-up
     * @param warmupSeconds how long to run unmeasured once every slot has opened its first episode (JIT, caches)
     * @param thinkMicros mean pause before each step of a slot, like a model generating (0 for none); drawn
     *                    uniformly from [0.5, 1.5) of the mean
     * @param scripts the oracle scripts cycled through
     */
    public record Options(String host, int port, int episodes, int connections, double seconds, double warmupSeconds,
                          long thinkMicros, List<OracleScript> scripts) {
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
            return String.format("load: %d concurrent episodes over %d keep-alive connections, think %d us, %.1f s"
                    + " (after %.0f s warm-up)%n"
                    + "  steps %d (%.0f steps/s), requests %d (%.0f req/s), episodes completed %d, errors %d%n"
                    + "  step latency (client, us): p50 %d  p90 %d  p99 %d  max %d%s",
                o.episodes(), o.connections(), o.thinkMicros(), seconds, o.warmupSeconds(), steps, steps / seconds,
                requests, requests / seconds, episodesCompleted, errors, stepLatencyMicros.p50(),
                stepLatencyMicros.p90(), stepLatencyMicros.p99(), stepLatencyMicros.max(),
                firstError == null ? "" : "\n  first error: " + firstError);
        }
    }

    private LoadGenerator() {
    }

    /**
     * @param options what to run
     * @return the report
     * @throws IOException when a connection cannot be opened
     */
    public static Report run(Options options) throws IOException {
        return new LoadLoop(options).run();
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
}
