package io.envtune.bench.internal;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one tool call on a loaded BFCL scenario, through BFCL's executor ({@code execute}: parse, dispatch, bind, run,
 * format) and through the instance's tool table with the call parsed once ({@code toolTable}). The calls chosen
 * leave the state as they found it, so every invocation does the same work; {@link CdBenchmark} covers {@code cd}.
 * Sample-time mode: JMH reports the median (p0.50) and p0.90 of single invocations, comparable with the reference
 * medians; averages would be dominated by GC pauses and preemption on the shared machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CallBenchmark {

    /** The {@link SampleCall} key. */
    @Param({"fs.ls", "math.add", "math.mean", "message.view_messages_sent", "posting.get_user_tweets",
        "ticket.get_ticket", "trading.get_stock_info", "travel.get_flight_cost", "vehicle.check_tire_pressure",
        "vehicle.displayCarStatus"})
    public String call;

    private EpisodeEnvironments env;
    private EnvironmentInstance owner;
    private ToolCall parsed;
    private String text;

    /** Loads the call's scenario. */
    @Setup(Level.Trial)
    public void open() {
        BenchData data = BenchData.load(BfclFixtures.dataDir());
        SampleCall sample = SampleCall.byKey(call);
        env = data.open(data.task(sample.taskId()));
        text = sample.call();
        parsed = PyCalls.parse(text);
        owner = data.owner(env, parsed.name());
    }

    /** Releases the scenario. */
    @TearDown(Level.Trial)
    public void close() {
        env.close();
    }

    /** @return the result of the call through the executor */
    @Benchmark
    public ToolResult execute() {
        return env.execute(text);
    }

    /** @return the result of the parsed call through the tool table */
    @Benchmark
    public ToolResult toolTable() {
        return owner.invoke(parsed);
    }
}
