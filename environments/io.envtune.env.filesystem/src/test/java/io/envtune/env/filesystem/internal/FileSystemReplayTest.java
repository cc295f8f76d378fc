package io.envtune.env.filesystem.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The file-system share of multi-class entries: the golden ground truth of every entry involving GorillaFileSystem,
 * and the perturbed model trajectories of {@code verdicts_public.jsonl}, replayed on this class alone (the domains
 * never interact), comparing the results of its calls and its state.
 */
public final class FileSystemReplayTest {

    private static final Pattern NAME = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*\\(");
    private static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    private final Map<String, Map<String, String>> scenarios = new HashMap<>();

    @Test
    public void everyGoldenEntryInvolvingTheFileSystemMatches() {
        List<String> mismatches = new ArrayList<>();
        int entries = 0;
        int calls = 0;
        for (String split : SPLITS) {
            for (JsonObject entry : Fixtures.readLines(Fixtures.bfclDir().resolve("fixtures/golden_" + split + ".jsonl"))) {
                if (!entry.getAsJsonObject("initial_state").has(FileSystemTools.OWNER)) {
                    continue;
                }
                entries++;
                String id = entry.get("id").getAsString();
                TableInstance<?> instance = Fixtures.create(scenario(split, id), entry.get("long_context").getAsBoolean());
                CallExecutor executor = Fixtures.executor(instance);
                for (JsonElement t : entry.getAsJsonArray("turns")) {
                    JsonObject turn = t.getAsJsonObject();
                    String where = id + " turn " + turn.get("turn").getAsInt();
                    calls += replayCalls(executor, turn.getAsJsonArray("calls"), turn.getAsJsonArray("results"), where,
                        mismatches);
                    FileSystemProbeTest.check(mismatches, where + " state",
                        turn.getAsJsonObject("state").get(FileSystemTools.OWNER).getAsString(), instance.canonicalState());
                }
            }
        }
        System.out.printf("GorillaFileSystem golden (all entries): %d entries, %d calls, %d mismatches%n", entries,
            calls, mismatches.size());
        assertTrue(mismatches.size() + " mismatches, first: " + (mismatches.isEmpty() ? "" : mismatches.get(0)),
            mismatches.isEmpty());
    }

    @Test
    public void perturbedModelTrajectoriesMatch() {
        List<String> mismatches = new ArrayList<>();
        int trajectories = 0;
        int calls = 0;
        for (JsonObject v : Fixtures.readLines(Fixtures.bfclDir().resolve("fixtures/verdicts_public.jsonl"))) {
            JsonArray replay = v.getAsJsonArray("model_replay");
            if (replay.isEmpty() || !replay.get(0).getAsJsonObject().getAsJsonObject("state_sha256")
                .has(FileSystemTools.OWNER)) {
                continue;
            }
            trajectories++;
            String split = v.get("split").getAsString();
            String id = v.get("id").getAsString() + " " + v.get("perturbation").getAsString();
            TableInstance<?> instance = Fixtures.create(scenario(split, v.get("id").getAsString()),
                split.equals("long_context"));
            CallExecutor executor = Fixtures.executor(instance);
            JsonArray decoded = v.getAsJsonArray("model_result_decoded");
            for (int t = 0; t < decoded.size(); t++) {
                JsonObject turn = replay.get(t).getAsJsonObject();
                JsonArray steps = decoded.get(t).getAsJsonArray();
                for (int k = 0; k < steps.size(); k++) {
                    calls += replayCalls(executor, steps.get(k).getAsJsonArray(),
                        turn.getAsJsonArray("results").get(k).getAsJsonArray(), id + " turn " + t + " step " + k,
                        mismatches);
                }
                String expected = turn.getAsJsonObject("state_sha256").get(FileSystemTools.OWNER).getAsString();
                FileSystemProbeTest.check(mismatches, id + " turn " + t + " state hash", expected,
                    sha256(instance.canonicalState()));
            }
        }
        System.out.printf("GorillaFileSystem verdict replays: %d trajectories, %d calls, %d mismatches%n",
            trajectories, calls, mismatches.size());
        assertTrue(mismatches.size() + " mismatches, first: " + (mismatches.isEmpty() ? "" : mismatches.get(0)),
            mismatches.isEmpty());
    }

    /** Runs the file-system calls of a list, comparing each with the result at the same index. */
    private static int replayCalls(CallExecutor executor, JsonArray calls, JsonArray results, String where,
        List<String> mismatches) {
        int count = 0;
        for (int k = 0; k < calls.size(); k++) {
            String call = calls.get(k).getAsString();
            Matcher m = NAME.matcher(call);
            if (m.find() && FileSystemTools.TABLE.names().contains(m.group(1))) {
                FileSystemProbeTest.check(mismatches, where + " call " + k + " " + call, results.get(k).getAsString(),
                    executor.execute(call).text());
                count++;
            }
        }
        return count;
    }

    private String scenario(String split, String id) {
        return scenarios.computeIfAbsent(split, FileSystemReplayTest::loadScenarios).get(id);
    }

    private static Map<String, String> loadScenarios(String split) {
        Map<String, String> out = new HashMap<>();
        for (JsonObject q : Fixtures.readLines(Fixtures.dataDir().resolve("BFCL_v4_multi_turn_" + split + ".json"))) {
            JsonElement config = q.getAsJsonObject("initial_config").get(FileSystemTools.OWNER);
            out.put(q.get("id").getAsString(), config == null ? "{}" : config.toString());
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
