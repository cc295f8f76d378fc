package io.envtune.bench.internal;

/**
 * The oracle throughput at one concurrency level.
 *
 * @param concurrency episodes in flight in one executor run
 * @param episodes episodes played
 * @param steps model steps taken (one policy response each)
 * @param seconds wall-clock time
 * @param gcSeconds time the garbage collectors reported spending in that span (pauses and concurrent work)
 * @param failedEpisodes episodes the oracle did not pass on every turn (must be 0)
 * @param liveInstances environment instances still reachable after the runs and a GC (must be 0)
 */
public record Throughput(int concurrency, int episodes, long steps, double seconds, double gcSeconds,
                         int failedEpisodes, int liveInstances) {

    /** @return episodes per second */
    public double episodesPerSecond() {
        return episodes / seconds;
    }

    /** @return steps per second */
    public double stepsPerSecond() {
        return steps / seconds;
    }
}
