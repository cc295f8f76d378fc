package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.RewardFunction;
import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.runtime.RecordJson;
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
        List<EpisodeRecord> local = OracleComparison.inProcess(tasks, plugins, data.dataDir());
        List<JsonObject> remote = overHttp(tasks);
        OracleComparison.assertSame(tasks, local, remote, OracleOverHttpTest::compare);
        assertEquals(0, server.core().openEpisodes());
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
