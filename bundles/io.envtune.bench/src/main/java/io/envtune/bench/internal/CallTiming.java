package io.envtune.bench.internal;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.bfcl.BfclDataset;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.toolkit.PyCalls;
import java.util.ArrayList;
import java.util.List;

/**
 * Times single tool calls: each representative call through BFCL's executor (parse, dispatch, bind, run, format) and
 * through the instance's tool table with the call already parsed, then every ground-truth call of the data set
 * replayed in order through the executor. Not thread-safe.
 */
public final class CallTiming {

    private final BenchData data;
    private final Effort effort;
    private final List<String> problems = new ArrayList<>();
    private long sink;

    /**
     * @param data the data set and environments
     * @param effort how many calls to time
     */
    public CallTiming(BenchData data, Effort effort) {
        this.data = data;
        this.effort = effort;
    }

    /** @return the rows: executor per call, tool table per call, all ground-truth calls per split */
    public List<Row> run() {
        List<Row> rows = new ArrayList<>();
        for (SampleCall c : SampleCall.ALL) {
            rows.add(new Row("call " + c.call() + " [execute]", executor(c), Row.PY_CALL));
        }
        for (SampleCall c : SampleCall.ALL) {
            rows.add(new Row("call " + c.call() + " [ToolTable, parsed]", table(c), Row.PY_CALL));
        }
        rows.addAll(groundTruthCalls());
        return rows;
    }

    /** @return results of sample calls that look like failures (the sample list is wrong if any) */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private Samples executor(SampleCall c) {
        Samples s = new Samples();
        try (EpisodeEnvironments env = data.open(data.task(c.taskId()))) {
            check(c, env.execute(c.call()).text());
            undo(env, c);
            effort.warmUp(() -> {
                sink += env.execute(c.call()).text().length();
                undo(env, c);
            });
            for (int i = 0; i < effort.callSamples(); i++) {
                sink += s.time(() -> env.execute(c.call())).text().length();
                undo(env, c);
            }
        }
        return s;
    }

    private Samples table(SampleCall c) {
        Samples s = new Samples();
        ToolCall call = PyCalls.parse(c.call());
        ToolCall undo = c.undo() == null ? null : PyCalls.parse(c.undo());
        try (EpisodeEnvironments env = data.open(data.task(c.taskId()))) {
            EnvironmentInstance owner = data.owner(env, call.name());
            Runnable undoIt = () -> {
                if (undo != null) {
                    owner.invoke(undo);
                }
            };
            effort.warmUp(() -> {
                sink += owner.invoke(call).text().length();
                undoIt.run();
            });
            for (int i = 0; i < effort.callSamples(); i++) {
                sink += s.time(() -> owner.invoke(call)).text().length();
                undoIt.run();
            }
        }
        return s;
    }

    private static void undo(EpisodeEnvironments env, SampleCall c) {
        if (c.undo() != null) {
            env.execute(c.undo());
        }
    }

    private void check(SampleCall c, String result) {
        if (result.contains("rror")) {
            problems.add(c.call() + " -> " + result);
        }
    }

    private List<Row> groundTruthCalls() {
        Samples all = new Samples();
        List<Row> rows = new ArrayList<>();
        for (String split : BfclDataset.SPLITS) {
            List<Task> tasks = data.tasks(split, effort.tasksPerSplit());
            effort.warmUp(() -> replay(tasks, new Samples()));
            Samples s = new Samples();
            for (int pass = 0; pass < effort.passes(); pass++) {
                replay(tasks, s);
            }
            all.addAll(s);
            rows.add(new Row("every ground-truth call, " + split + " [execute]", s, Row.PY_CALL));
        }
        rows.add(new Row("every ground-truth call, all 4 splits [execute]", all, Row.PY_CALL));
        return rows;
    }

    private void replay(List<Task> tasks, Samples s) {
        for (Task t : tasks) {
            try (EpisodeEnvironments env = data.open(t)) {
                t.turns().forEach(turn -> turn.groundTruth().forEach(
                    call -> sink += s.time(() -> env.execute(call)).text().length()));
            }
        }
    }

    /** @return a value derived from every result, so the JIT cannot drop the calls */
    public long sink() {
        return sink;
    }
}
