package io.envtune.bench.internal;

import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.bfcl.EpisodeEnvironments;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Times creating an episode's instances ({@link EpisodeEnvironments#open}, the reference's reset) for every task of
 * each split, and opening a whole {@link EpisodeSession} (two instance sets, tool docs, system prompt). Closing is
 * not timed. Not thread-safe.
 */
public final class ResetTiming {

    private final BenchData data;
    private final Effort effort;
    private long sink;

    /**
     * @param data the data set and environments
     * @param effort how many passes to time
     */
    public ResetTiming(BenchData data, Effort effort) {
        this.data = data;
        this.effort = effort;
    }

    /** @return one row per split, one for all splits, and the session rows */
    public List<Row> run() {
        List<Row> rows = new ArrayList<>();
        Samples all = new Samples();
        for (String split : BfclDataset.SPLITS) {
            Samples s = timed(data.tasks(split, effort.tasksPerSplit()), this::openInstances);
            all.addAll(s);
            rows.add(new Row("reset: EpisodeEnvironments.open, " + split, s, Row.PY_RESET));
        }
        rows.add(new Row("reset: EpisodeEnvironments.open, all 4 splits", all, Row.PY_RESET));
        for (String split : List.of("base", "long_context")) {
            rows.add(new Row("EpisodeSession open (2 sets + prompt), " + split,
                timed(data.tasks(split, effort.tasksPerSplit()), this::openSession), Double.NaN));
        }
        return rows;
    }

    private Samples timed(List<Task> tasks, Opener opener) {
        effort.warmUp(() -> tasks.forEach(t -> opener.open(t, new Samples())));
        Samples s = new Samples();
        for (int pass = 0; pass < effort.passes(); pass++) {
            tasks.forEach(t -> opener.open(t, s));
        }
        return s;
    }

    private void openInstances(Task t, Samples s) {
        EpisodeEnvironments env = s.time(() -> data.open(t));
        sink += env.instances().size();
        env.close();
    }

    private void openSession(Task t, Samples s) {
        EpisodeConfig config = EpisodeConfig.evaluation(data.dataDir());
        EpisodeSession session = s.time(
            () -> new EpisodeSession("bench", t, config, data.lookup(), AugmenterChain.EMPTY));
        sink += session.tools().size();
        session.close();
    }

    /** @return a value derived from every opened set, so the JIT cannot drop the work */
    public long sink() {
        return sink;
    }

    /** Opens one task's instances and times it. */
    private interface Opener {
        void open(Task task, Samples samples);
    }
}
