package io.envtune.bench.internal;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolCall;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.testkit.BfclFixtures;
import io.envtune.toolkit.PyCalls;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: {@code cd(folder='document')} then {@code cd(folder='..')} on multi_turn_base_0, counted as two calls, so the
 * state is the same before every invocation. Sample-time mode, for medians.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CdBenchmark {

    private static final SampleCall CD = SampleCall.byKey("fs.cd");

    private EpisodeEnvironments env;
    private EnvironmentInstance fileSystem;
    private ToolCall there;
    private ToolCall back;

    /** Loads the scenario. */
    @Setup(Level.Trial)
    public void open() {
        BenchData data = BenchData.load(BfclFixtures.dataDir());
        env = data.open(data.task(CD.taskId()));
        there = PyCalls.parse(CD.call());
        back = PyCalls.parse(CD.undo());
        fileSystem = data.owner(env, there.name());
    }

    /** Releases the scenario. */
    @TearDown(Level.Trial)
    public void close() {
        env.close();
    }

    /** @param bh sink for the results */
    @Benchmark
    @OperationsPerInvocation(2)
    public void execute(Blackhole bh) {
        bh.consume(env.execute(CD.call()));
        bh.consume(env.execute(CD.undo()));
    }

    /** @param bh sink for the results */
    @Benchmark
    @OperationsPerInvocation(2)
    public void toolTable(Blackhole bh) {
        bh.consume(fileSystem.invoke(there));
        bh.consume(fileSystem.invoke(back));
    }
}
