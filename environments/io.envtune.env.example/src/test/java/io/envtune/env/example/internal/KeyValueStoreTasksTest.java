package io.envtune.env.example.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.Test;

/** The example's tasks load, and the oracle passes every turn of every one (so their ground truth is playable). */
public final class KeyValueStoreTasksTest {

    @Test
    public void tasksLoadAndTheOraclePassesEveryTurn() {
        KeyValueStoreTasks source = new KeyValueStoreTasks();
        assertEquals(6, source.tasks().size());
        assertEquals(3, source.validation().size());
        List<Task> all = new ArrayList<>(source.tasks());
        all.addAll(source.validation());
        ToolEnvironment env = new KeyValueStoreEnvironment();
        Function<String, ToolEnvironment> lookup = id -> id.equals(env.id()) ? env : null;
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            List<Rollout> rollouts = executor.runAll(all, t -> new OraclePolicy(t, lookup), new RolloutExecutor.Plan(
                EpisodeConfig.evaluation(null), lookup, AugmenterChain.EMPTY,
                new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false));
            for (Rollout r : rollouts) {
                assertTrue(r.record().taskId() + " " + r.record().turnScores(),
                    r.record().turnScores().stream().allMatch(s -> s.passed()));
            }
        }
    }
}
