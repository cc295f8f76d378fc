package io.envtune.bench.internal;

import io.envtune.api.Task;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.BfclDataset;
import io.envtune.bfcl.EpisodeEnvironments;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@link TurnReplay#replayAndCheck} for every turn with a non-empty ground truth, task by task and turn by turn
 * on one pair of instance sets per task (opening them is not timed). Empty turns are skipped: they cost nothing and
 * would only pull the median down. Not thread-safe.
 */
public final class TurnTiming {

    private final BenchData data;
    private final Effort effort;
    private int failures;

    /**
     * @param data the data set and environments
     * @param effort how many passes to time
     */
    public TurnTiming(BenchData data, Effort effort) {
        this.data = data;
        this.effort = effort;
    }

    /** @return one row per split and one for all splits */
    public List<Row> run() {
        List<Row> rows = new ArrayList<>();
        Samples all = new Samples();
        for (String split : BfclDataset.SPLITS) {
            List<Task> tasks = data.tasks(split, effort.tasksPerSplit());
            effort.warmUp(() -> tasks.forEach(t -> replay(t, new Samples())));
            Samples s = new Samples();
            for (int pass = 0; pass < effort.passes(); pass++) {
                tasks.forEach(t -> replay(t, s));
            }
            all.addAll(s);
            rows.add(new Row("turn replay (2 sets) + state check, " + split, s, Row.PY_TURN));
        }
        rows.add(new Row("turn replay (2 sets) + state check, all 4 splits", all, Row.PY_TURN));
        return rows;
    }

    /** @return turns whose check failed (must be 0: the ground truth always matches itself) */
    public int failures() {
        return failures;
    }

    private void replay(Task task, Samples s) {
        List<String> modelResults = new ArrayList<>();
        try (EpisodeEnvironments model = data.open(task); EpisodeEnvironments truth = data.open(task)) {
            for (UserTurn turn : task.turns()) {
                if (turn.groundTruth().isEmpty()) {
                    continue;
                }
                boolean ok = s.time(() -> TurnReplay.replayAndCheck(turn.groundTruth(), model, truth, modelResults));
                failures += ok ? 0 : 1;
            }
        }
    }
}
