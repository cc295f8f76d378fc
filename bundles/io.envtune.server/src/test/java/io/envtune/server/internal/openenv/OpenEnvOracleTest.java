package io.envtune.server.internal.openenv;

import static org.junit.Assert.assertEquals;

import com.google.gson.JsonObject;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.server.internal.EnvtuneServer;
import io.envtune.server.internal.OracleComparison;
import io.envtune.server.internal.OracleScript;
import io.envtune.server.internal.ServerSettings;
import io.envtune.server.internal.TestPlugins;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The acceptance check of the OpenEnv front: the oracle plays all 800 BFCL entries over {@code /ws} with a real
 * WebSocket client, each on its own connection, and every episode's {@code state.rewards} (progress, success,
 * format), its done reward and its per-turn ledger equal what the same oracle earns in-process.
 */
public class OpenEnvOracleTest {

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
    public void oracleOverWebSocketEarnsTheInProcessRewardsOnAll800Entries() throws Exception {
        List<Task> tasks = data.tasks();
        assertEquals(800, tasks.size());
        List<EpisodeRecord> local = OracleComparison.inProcess(tasks, plugins, data.dataDir());
        List<JsonObject> remote = overWebSocket(tasks);
        OracleComparison.assertSame(tasks, local, remote, OpenEnvOracleTest::compare);
        assertEquals(0, server.core().openEpisodes());
    }

    private static List<JsonObject> overWebSocket(List<Task> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newHttpClient();
        try {
            List<Future<JsonObject>> futures = new ArrayList<>();
            for (Task t : tasks) {
                OracleScript script = OracleScript.of(t, plugins::environment);
                futures.add(pool.submit(() -> WsOracle.play(http, server.baseUrl(), script)));
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
    private static String compare(EpisodeRecord local, JsonObject played) {
        JsonObject state = played.getAsJsonObject("state");
        JsonObject rewards = state.getAsJsonObject("rewards");
        for (String name : OpenEnvEpisodes.STATE_REWARDS) {
            double expected = plugins.rewards().get(name).score(local).value();
            if (rewards.get(name).getAsDouble() != expected) {
                return name + ": in-process " + expected + ", over /ws " + rewards.get(name);
            }
        }
        if (rewards.get("success").getAsDouble() != 1.0 || rewards.get("progress").getAsDouble() != 1.0) {
            return "not solved: " + rewards;
        }
        double success = plugins.rewards().get("success").score(local).value();
        if (played.get("doneReward").getAsDouble() != success || state.get("reward").getAsDouble() != success) {
            return "episode reward " + played.get("doneReward") + " / " + state.get("reward") + ", in-process "
                + success;
        }
        if (state.getAsJsonArray("ledger").size() != local.turnScores().size()) {
            return "ledger " + state.get("ledger") + ", in-process " + local.turnScores();
        }
        for (int t = 0; t < local.turnScores().size(); t++) {
            JsonObject entry = state.getAsJsonArray("ledger").get(t).getAsJsonObject();
            if (entry.get("passed").getAsBoolean() != local.turnScores().get(t).passed()) {
                return "turn " + t + " " + entry + ", in-process " + local.turnScores().get(t);
            }
        }
        if (state.get("step_count").getAsInt() != local.steps().size()) {
            return "step_count " + state.get("step_count") + ", in-process " + local.steps().size();
        }
        return null;
    }
}
