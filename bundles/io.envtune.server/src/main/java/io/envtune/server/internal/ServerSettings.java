package io.envtune.server.internal;

import io.envtune.server.internal.core.Limits;
import java.nio.file.Path;

/**
 * How to run one server, from the DS configuration or the {@code envtune:serve} options.
 *
 * @param bind the address to bind (loopback by default; anything else needs a token file)
 * @param port the port (0 picks a free one)
 * @param tokenFile a file whose first line is the bearer token, or null
 * @param bfclDir a BFCL data folder to serve task ids from, or null
 * @param limits the safety limits
 * @param threads the most request threads
 */
public record ServerSettings(String bind, int port, Path tokenFile, Path bfclDir, Limits limits, int threads) {

    /** Validates the port and thread count. */
    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (threads < 2) {
            throw new IllegalArgumentException("threads must be at least 2, was " + threads);
        }
        bind = bind == null || bind.isBlank() ? "127.0.0.1" : bind.trim();
    }

    /**
     * @param port the port
     * @return loopback, no token, no data set, default limits, 32 threads
     */
    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, null, Limits.defaults(), 32);
    }
}
