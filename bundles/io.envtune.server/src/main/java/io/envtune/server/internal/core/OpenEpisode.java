package io.envtune.server.internal.core;

import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One open episode in the service: the session, the lock that keeps it confined to one request at a time, and
 * its idle clock. A closed episode refuses every further use with 404, so a request racing a close never touches a
 * released instance.
 */
final class OpenEpisode {

    private static final long LOCK_WAIT_MS = 10_000;

    private final EpisodeSession session;
    private final EpisodeConfig config;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile long lastUsedNanos;
    private int steps;
    private int turnsEnded;
    private long storedChars;
    private boolean closed;

    OpenEpisode(EpisodeSession session, EpisodeConfig config, long nowNanos) {
        this.session = session;
        this.config = config;
        this.lastUsedNanos = nowNanos;
    }

    /**
     * Runs an action with the episode locked.
     *
     * @param nowNanos the time of the request, for the idle clock
     * @param action what to do with the episode
     * @param <T> the result type
     * @return the action's result
     * @throws ServiceError 404 when the episode was closed meanwhile, 409 when another request holds it too long
     */
    <T> T locked(long nowNanos, Supplier<T> action) {
        acquire();
        try {
            if (closed) {
                throw new ServiceError(ServiceError.Kind.NOT_FOUND, "episode " + session.episodeId()
                    + " was closed");
            }
            lastUsedNanos = Math.max(lastUsedNanos, nowNanos);
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private void acquire() {
        try {
            if (!lock.tryLock(LOCK_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new ServiceError(ServiceError.Kind.CONFLICT, "episode " + session.episodeId()
                    + " is busy with another request");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceError(ServiceError.Kind.CONFLICT, "interrupted while waiting for episode "
                + session.episodeId());
        }
    }

    /** Releases the instances once; later requests get 404. Waits for a running request to finish first. */
    void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } finally {
            lock.unlock();
        }
    }

    EpisodeSession session() {
        return session;
    }

    EpisodeConfig config() {
        return config;
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    /** @return steps so far; read and written under the lock */
    int steps() {
        return steps;
    }

    int turnsEnded() {
        return turnsEnded;
    }

    /** @return assistant text this episode holds, counted against the server's budget */
    long storedChars() {
        return storedChars;
    }

    void store(long chars) {
        storedChars += chars;
    }

    void countStep(boolean turnEnded) {
        steps++;
        if (turnEnded) {
            turnsEnded++;
        }
    }
}
