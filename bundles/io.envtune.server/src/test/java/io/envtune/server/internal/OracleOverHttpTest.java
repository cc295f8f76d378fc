package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.RewardFunction;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The acceptance check of the service: the oracle plays all 800 BFCL entries over HTTP, every one succeeds, and
 * every reward (with its components) and every record equals what the same oracle gets in-process.
 */
public class OracleOverHttpTest {

    private static final Gson GSON = new Gson();
    private static BfclDataset data;
    private static StaticPlugins plugins;
    private static EnvtuneServer server;

    @BeforeClass
    public static void start() {
        data = BfclDataset.load(BfclFixtures.dataDir());
        plugins = TestPlugins.all();
        server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(), Limits.defaults(), 16),
            plugins);
    }

    @AfterClass
    public static void stop() {
        server.close();
    }

    @Test
    public void oracleOverHttpSucceedsOnAll800EntriesWithTheInProcessRewards() throws Exception {
        List<Task> tasks = data.tasks();
        assertEquals(800, tasks.size());
        List<EpisodeRecord> local = inProcess(tasks);
        List<JsonObject> remote = overHttp(tasks);
        int mismatches = 0;
        List<String> first = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            String diff = compare(local.get(i), remote.get(i));
            if (diff != null) {
                mismatches++;
                if (first.size() < 5) {
                    first.add(tasks.get(i).id() + ": " + diff);
                }
            }
        }
        assertTrue(mismatches + " of 800 differ, first: " + first, mismatches == 0);
        assertEquals(0, server.core().openEpisodes());
    }

    private static List<EpisodeRecord> inProcess(List<Task> tasks) {
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(data.dataDir()),
                plugins::environment, AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            return executor.runAll(tasks, t -> new OraclePolicy(t, plugins::environment), plan).stream()
                .map(Rollout::record).toList();
        }
    }

    private static List<JsonObject> overHttp(List<Task> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Api api = new Api(server.baseUrl());
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (Task t : tasks) {
                OracleScript script = OracleScript.of(t, plugins::environment);
                futures.add(pool.submit(() -> new OracleClient(api).play(script, new JsonObject())));
            }
            List<JsonObject> out = new ArrayList<>();
            for (Future<JsonObject> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return null when equal, else what differs */
    private static String compare(EpisodeRecord local, JsonObject remote) {
        JsonObject rewards = remote.getAsJsonObject("rewards");
        if (rewards.getAsJsonObject("success").get("value").getAsDouble() != 1.0) {
            return "success " + rewards.get("success");
        }
        for (Map.Entry<String, RewardFunction> r : plugins.rewards().entrySet()) {
            JsonElement expected = GSON.toJsonTree(r.getValue().score(local));
            if (!expected.equals(rewards.get(r.getKey()))) {
                return r.getKey() + ": in-process " + expected + ", over HTTP " + rewards.get(r.getKey());
            }
        }
        JsonObject expected = JsonParser.parseString(RecordJson.toLine(local)).getAsJsonObject();
        JsonObject actual = remote.getAsJsonObject("record");
        for (String field : List.of("taskId", "stage", "feedbackMode", "environmentVersions", "steps", "turnScores",
            "turnCount")) {
            if (!expected.get(field).equals(actual.get(field))) {
                return "record." + field + " differs";
            }
        }
        return null;
    }
}
