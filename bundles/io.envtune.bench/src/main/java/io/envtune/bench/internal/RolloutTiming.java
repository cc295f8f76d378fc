package io.envtune.bench.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle episode throughput through {@link RolloutExecutor} (2 worker threads): at concurrency c, the episodes are
 * played in executor runs of c tasks each (all BFCL tasks, cycled), so c episodes are in flight at once. Every
 * instance is created through a {@link TrackingLookup}, so the run also shows that none is retained afterwards.
 */
public final class RolloutTiming {

    /** Worker threads of the executor: the machine's two cores. */
    public static final int THREADS = 2;
    private static final int MAX_BATCH = 64;

    private final BenchData data;
    private final Effort effort;

    /**
     * @param data the data set and environments
     * @param effort the number of episodes and the concurrency levels
     */
    public RolloutTiming(BenchData data, Effort effort) {
        this.data = data;
        this.effort = effort;
    }

    /** @return one result per concurrency level, after untimed warm-up runs of 64 episodes */
    public List<Throughput> run() {
        int warm = Math.min(64, effort.episodes());
        effort.warmUp(() -> measure(warm, warm));
        List<Throughput> out = new ArrayList<>();
        for (int c : effort.concurrency()) {
            out.add(measure(c, Math.max(c, effort.episodes())));
        }
        return out;
    }

    /**
     * @param concurrency episodes in flight per executor run
     * @param episodes episodes to play in all
     * @return the throughput, failures and retained instances
     */
    public Throughput measure(int concurrency, int episodes) {
        TrackingLookup lookup = new TrackingLookup(data.lookup());
        RolloutExecutor.Plan plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(data.dataDir()), lookup,
            AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
        long steps = 0;
        int failed = 0;
        long gc0 = Heap.gcMillis();
        long t0 = System.nanoTime();
        try (RolloutExecutor executor = new RolloutExecutor(THREADS, MAX_BATCH)) {
            for (int from = 0; from < episodes; from += concurrency) {
                List<Task> batch = data.cycle(from, Math.min(concurrency, episodes - from));
                for (Rollout r : executor.runAll(batch, t -> new OraclePolicy(t, data.lookup()), plan)) {
                    steps += r.record().steps().size();
                    failed += passed(r.record()) ? 0 : 1;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double gcSeconds = (Heap.gcMillis() - gc0) / 1e3;
        return new Throughput(concurrency, episodes, steps, seconds, gcSeconds, failed,
            Heap.collectUntilCleared(lookup));
    }

    private static boolean passed(EpisodeRecord r) {
        return r.turnScores().size() == r.turnCount() && r.turnScores().stream().allMatch(TurnScore::passed);
    }
}
