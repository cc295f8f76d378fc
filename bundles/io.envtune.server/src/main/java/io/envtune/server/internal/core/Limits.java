package io.envtune.server.internal.core;

import java.time.Duration;

/**
 * The service's safety limits.
 *
 * @param maxBodyBytes the largest request body accepted (larger: 413)
 * @param maxOpenEpisodes open episodes allowed at once (more: 429)
 * @param maxStepsPerEpisode steps one episode may take in all (more: 409)
 * @param maxStepsPerTurn the largest per-turn step cap a client may ask for (larger: 400)
 * @param idleTimeout an episode without requests for this long is closed
 * @param maxStoredChars assistant text all open episodes may hold together (more: 429), so memory stays bounded
 *                       however large the other limits are
 */
public record Limits(int maxBodyBytes, int maxOpenEpisodes, int maxStepsPerEpisode, int maxStepsPerTurn,
                     Duration idleTimeout, long maxStoredChars) {

    /** Validates the limits. */
    public Limits {
        if (maxBodyBytes < 1024 || maxOpenEpisodes < 1 || maxStepsPerEpisode < 1 || maxStepsPerTurn < 1) {
            throw new IllegalArgumentException("limits must be positive (body at least 1024 bytes): maxBodyBytes="
                + maxBodyBytes + " maxOpenEpisodes=" + maxOpenEpisodes + " maxStepsPerEpisode=" + maxStepsPerEpisode
                + " maxStepsPerTurn=" + maxStepsPerTurn);
        }
        if (maxStoredChars < 1) {
            throw new IllegalArgumentException("maxStoredChars must be positive, was " + maxStoredChars);
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
    }

    /**
     * @return 1 MiB bodies, 4096 open episodes, 1000 steps per episode, step caps up to 50, 10 idle minutes, 1 Gi
     *         characters of assistant text in all
     */
    public static Limits defaults() {
        return new Limits(1 << 20, 4096, 1000, 50, Duration.ofMinutes(10), 1L << 30);
    }
}
