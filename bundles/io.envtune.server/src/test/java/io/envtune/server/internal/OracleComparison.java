package io.envtune.server.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.platform.StaticPlugins;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the oracle-over-the-wire tests share: the in-process episodes they compare with, and the comparison that
 * names the first differing tasks. Each protocol's test keeps only how it plays and what it reads back.
 */
public final class OracleComparison {

    private OracleComparison() {
    }

    /**
     * Plays every task with the oracle in-process, in evaluation settings.
     *
     * @param tasks the tasks
     * @param plugins the environments
     * @param dataDir the BFCL data folder
     * @return one record per task, in task order
     */
    public static List<EpisodeRecord> inProcess(List<Task> tasks, StaticPlugins plugins, Path dataDir) {
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(dataDir),
                plugins::environment, AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            return executor.runAll(tasks, t -> new OraclePolicy(t, plugins::environment), plan).stream()
                .map(Rollout::record).toList();
        }
    }

    /**
     * Fails naming up to five tasks whose remote result differs from the in-process record.
     *
     * @param tasks the tasks, in order
     * @param local the in-process records
     * @param remote what the protocol returned, in order
     * @param compare null when equal, else what differs
     */
    public static void assertSame(List<Task> tasks, List<EpisodeRecord> local, List<JsonObject> remote,
                                  BiFunction<EpisodeRecord, JsonObject, String> compare) {
        int mismatches = 0;
        List<String> first = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String diff = compare.apply(local.get(i), remote.get(i));
            if (diff != null) {
                mismatches++;
                if (first.size() < 5) {
                    first.add(tasks.get(i).id() + ": " + diff);
                }
            }
        }
        assertTrue(mismatches + " of " + tasks.size() + " differ, first: " + first, mismatches == 0);
    }
}
