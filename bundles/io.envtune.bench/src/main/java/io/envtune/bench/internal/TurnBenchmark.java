package io.envtune.bench.internal;

import io.envtune.api.Task;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.testkit.BfclFixtures;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the ground-truth replay and state check of one turn ({@link TurnReplay}), cycling over every non-empty turn
 * of a split. Before each invocation (untimed) two fresh instance sets are opened and the earlier turns replayed on
 * them, so every timed turn starts from its real state. Sample-time mode, for medians: the untimed set-up allocates a
 * lot, and the GC pauses it causes land in some timed invocations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TurnBenchmark {

    /** The split whose turns are replayed. */
    @Param({"base", "long_context"})
    public String split;

    private BenchData data;
    private final List<Task> taskOfCase = new ArrayList<>();
    private final List<Integer> turnOfCase = new ArrayList<>();
    private int next;
    private EpisodeEnvironments model;
    private EpisodeEnvironments truth;
    private List<String> modelResults;
    private List<String> groundTruth;

    /** Lists the non-empty turns. */
    @Setup(Level.Trial)
    public void load() {
        data = BenchData.load(BfclFixtures.dataDir());
        for (Task t : data.tasks(split)) {
            for (int i = 0; i < t.turns().size(); i++) {
                if (!t.turns().get(i).groundTruth().isEmpty()) {
                    taskOfCase.add(t);
                    turnOfCase.add(i);
                }
            }
        }
    }

    /** Opens the next case's instance sets and brings them to the start of its turn. */
    @Setup(Level.Invocation)
    public void position() {
        Task task = taskOfCase.get(next);
        int turn = turnOfCase.get(next);
        next = (next + 1) % taskOfCase.size();
        model = data.open(task);
        truth = data.open(task);
        modelResults = new ArrayList<>();
        for (int i = 0; i < turn; i++) {
            TurnReplay.replayAndCheck(task.turns().get(i).groundTruth(), model, truth, modelResults);
        }
        groundTruth = task.turns().get(turn).groundTruth();
    }

    /** Closes the case's instance sets. */
    @TearDown(Level.Invocation)
    public void close() {
        model.close();
        truth.close();
    }

    /** @return whether the turn passed */
    @Benchmark
    public boolean replayAndCheck() {
        return TurnReplay.replayAndCheck(groundTruth, model, truth, modelResults);
    }
}
