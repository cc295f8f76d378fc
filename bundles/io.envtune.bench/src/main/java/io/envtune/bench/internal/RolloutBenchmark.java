package io.envtune.bench.internal;

import io.envtune.api.SamplingParams;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.testkit.BfclFixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: oracle episodes through {@link RolloutExecutor} (2 threads), one executor run of {@code concurrency} tasks per
 * invocation (every BFCL task, cycled). The auxiliary counters report episodes/s and steps/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RolloutBenchmark {

    /** Episodes in flight in one executor run. */
    @Param({"1", "2", "512"})
    public int concurrency;

    private BenchData data;
    private RolloutExecutor executor;
    private RolloutExecutor.Plan plan;
    private int next;

    /** Episodes and steps finished, reported per second by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Episodes finished in this iteration. */
        public long episodes;
        /** Steps taken in this iteration. */
        public long steps;

        /** Starts each iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            episodes = 0;
            steps = 0;
        }
    }

    /** Loads the data set and starts the executor. */
    @Setup(Level.Trial)
    public void start() {
        data = BenchData.load(BfclFixtures.dataDir());
        executor = new RolloutExecutor(RolloutTiming.THREADS, 64);
        plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(data.dataDir()), data.lookup(),
            AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
    }

    /** Stops the executor. */
    @TearDown(Level.Trial)
    public void stop() {
        executor.close();
    }

    /**
     * @param counters episode and step counters
     * @return the rollouts of this run
     */
    @Benchmark
    public List<Rollout> run(Counters counters) {
        List<Rollout> rollouts = executor.runAll(data.cycle(next, concurrency),
            t -> new OraclePolicy(t, data.lookup()), plan);
        next = (next + concurrency) % data.dataset().tasks().size();
        counters.episodes += rollouts.size();
        rollouts.forEach(r -> counters.steps += r.record().steps().size());
        return rollouts;
    }
}
