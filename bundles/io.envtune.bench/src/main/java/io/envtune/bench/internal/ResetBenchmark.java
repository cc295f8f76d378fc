package io.envtune.bench.internal;

import io.envtune.api.Task;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.testkit.BfclFixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: creating (and closing) one episode's instances, cycling over every task of a split, as BFCL's reset does.
 * Sample-time mode, for medians.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ResetBenchmark {

    /** The split whose tasks are opened. */
    @Param({"base", "long_context"})
    public String split;

    private BenchData data;
    private List<Task> tasks;
    private int next;

    /** Loads the data set. */
    @Setup(Level.Trial)
    public void load() {
        data = BenchData.load(BfclFixtures.dataDir());
        tasks = data.tasks(split);
    }

    /** @return the closed instance set of the next task */
    @Benchmark
    public EpisodeEnvironments open() {
        EpisodeEnvironments env = data.open(tasks.get(next));
        next = (next + 1) % tasks.size();
        env.close();
        return env;
    }
}
