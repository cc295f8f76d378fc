package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.RewardFunction;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.bfcl.BfclDataset;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.runtime.policy.OraclePolicy;
import io.envtune.server.internal.core.Limits;
import io.envtune.platform.StaticPlugins;
import io.envtune.testkit.BfclFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs the verl adapter's Python tests ({@code integrations/verl/test_adapter.py}, standard library only, with a
 * stand-in for verl's base class) against a live server: 40 oracle episodes (10 per split) must earn exactly the
 * rewards the oracle earns in-process. Skipped, with a message, when {@code python3} is not installed.
 */
public class VerlAdapterTest {

    private static final Gson GSON = new Gson();

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void theAdapterPlaysOracleEpisodesWithTheInProcessRewards() throws Exception {
        Assume.assumeTrue("python3 is not installed: the verl adapter test is skipped", python3Available());
        Path adapterDir = adapterDir();
        BfclDataset data = BfclDataset.load(BfclFixtures.dataDir());
        StaticPlugins plugins = TestPlugins.all();
        List<Task> tasks = new ArrayList<>();
        BfclDataset.SPLITS.forEach(s -> tasks.addAll(data.tasks(s).subList(0, 10)));
        Path oracle = tmp.newFile("oracle.json").toPath();
        Files.writeString(oracle, scripts(tasks, plugins, data), StandardCharsets.UTF_8);
        try (EnvtuneServer server = EnvtuneServer.start(new ServerSettings("127.0.0.1", 0, null, data.dataDir(),
            Limits.defaults(), 16), plugins)) {
            ProcessBuilder pb = new ProcessBuilder("python3", "-m", "unittest", "-v", "test_adapter")
                .directory(adapterDir.toFile()).redirectErrorStream(true);
            pb.environment().put("ENVTUNE_URL", server.baseUrl());
            pb.environment().put("ENVTUNE_ORACLE", oracle.toString());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("python3 timed out", p.waitFor(300, TimeUnit.SECONDS));
            System.out.println("---- integrations/verl/test_adapter.py ----\n" + output);
            assertEquals(output, 0, p.exitValue());
            assertTrue(output, output.contains("Ran 5 tests"));
            assertFalse("the adapter tests were skipped:\n" + output, output.contains("skipped"));
            assertEquals(0, server.core().openEpisodes());
        }
    }

    private static String scripts(List<Task> tasks, StaticPlugins plugins, BfclDataset data) {
        List<Rollout> local;
        try (RolloutExecutor executor = new RolloutExecutor(2, 64)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(EpisodeConfig.evaluation(data.dataDir()),
                plugins::environment, AugmenterChain.EMPTY, new SamplingParams(1, 0, 1, 0, 512, List.of(), 1), false);
            local = executor.runAll(tasks, t -> new OraclePolicy(t, plugins::environment), plan);
        }
        JsonArray out = new JsonArray();
        for (int i = 0; i < tasks.size(); i++) {
            JsonObject script = GSON.toJsonTree(OracleScript.of(tasks.get(i), plugins::environment))
                .getAsJsonObject();
            JsonObject expected = new JsonObject();
            for (Map.Entry<String, RewardFunction> r : plugins.rewards().entrySet()) {
                expected.addProperty(r.getKey(), r.getValue().score(local.get(i).record()).value());
            }
            script.add("expected", expected);
            out.add(script);
        }
        return out.toString();
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path adapterDir() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("integrations").resolve("verl");
            if (Files.isRegularFile(candidate.resolve("test_adapter.py"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("integrations/verl/test_adapter.py not found above "
            + Paths.get("").toAbsolutePath());
    }
}
