package io.envtune.server.internal;

import io.envtune.platform.TaskOrigin;
import io.envtune.server.internal.core.Limits;
import java.nio.file.Path;

/**
 * How to run one server, from the DS configuration or the {@code envtune:serve} options.
 *
 * @param bind the address to bind (loopback by default; anything else needs a token file)
 * @param port the port (0 picks a free one)
 * @param tokenFile a file whose first line is the bearer token, or null
 * @param bfclDir a BFCL data folder to serve task ids from, or null
 * @param tasksFile a JSON Lines tasks file to serve task ids from, or null
 * @param limits the safety limits
 * @param threads the most request threads
 */
public record ServerSettings(String bind, int port, Path tokenFile, Path bfclDir, Path tasksFile, Limits limits,
                             int threads) {

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
     * Without a tasks file.
     *
     * @param bind the address to bind
     * @param port the port
     * @param tokenFile the bearer-token file, or null
     * @param bfclDir a BFCL data folder, or null
     * @param limits the safety limits
     * @param threads the most request threads
     */
    public ServerSettings(String bind, int port, Path tokenFile, Path bfclDir, Limits limits, int threads) {
        this(bind, port, tokenFile, bfclDir, null, limits, threads);
    }

    /** @return the tasks this server names (none: the built-in tasks of the registered sources) */
    public TaskOrigin tasks() {
        return new TaskOrigin(bfclDir, tasksFile);
    }

    /**
     * @param port the port
     * @return loopback, no token, no data set, default limits, 32 threads
     */
    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, null, Limits.defaults(), 32);
    }
}
