package io.envtune.env.trading.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the model side of every perturbed trajectory of {@code verdicts_public.jsonl} whose entry involves
 * TradingBot: result strings must match, and the SHA-256 of the canonical state after each turn. In multi-class
 * entries only TradingBot's calls are replayed.
 */
public final class TradingVerdictReplayTest {

    @Test
    public void perturbedTrajectoriesReplayLikeTheReference() throws NoSuchAlgorithmException {
        Path bfcl = Fixtures.bfclDir();
        Map<String, JsonObject> questions = new HashMap<>();
        for (String split : List.of("base", "miss_func", "miss_param", "long_context")) {
            for (JsonObject q : Fixtures.readLines(bfcl.resolve("data/BFCL_v4_multi_turn_" + split + ".json"))) {
                if (Fixtures.involvesTrading(q.getAsJsonArray("involved_classes"))) {
                    questions.put(q.get("id").getAsString(), q);
                }
            }
        }
        List<String> mismatches = new ArrayList<>();
        int[] counts = new int[3];
        for (JsonObject line : Fixtures.readLines(bfcl.resolve("fixtures/verdicts_public.jsonl"))) {
            JsonObject question = questions.get(line.get("id").getAsString());
            if (question != null) {
                counts[0]++;
                String first = replay(line, question, counts);
                if (first != null) {
                    mismatches.add(line.get("id").getAsString() + "/" + line.get("perturbation").getAsString() + ": "
                        + first);
                }
            }
        }
        System.out.printf("TradingBot verdict replays: %d trajectories, %d/%d calls matched%n",
            counts[0], counts[1], counts[2]);
        assertTrue("no TradingBot trajectories found", counts[0] > 0);
        assertTrue(String.join("\n", mismatches), mismatches.isEmpty());
    }

    private static String replay(JsonObject line, JsonObject question, int[] counts)
        throws NoSuchAlgorithmException {
        boolean longContext = "long_context".equals(line.get("split").getAsString());
        TableInstance<?> instance = Fixtures.create(question.getAsJsonObject("initial_config").get(Fixtures.CLASS),
            longContext);
        CallExecutor executor = Fixtures.executor(instance);
        JsonArray turns = line.getAsJsonArray("model_result_decoded");
        JsonArray replay = line.getAsJsonArray("model_replay");
        String first = null;
        for (int t = 0; t < turns.size(); t++) {
            JsonArray steps = turns.get(t).getAsJsonArray();
            JsonArray results = replay.get(t).getAsJsonObject().getAsJsonArray("results");
            for (int s = 0; s < steps.size(); s++) {
                JsonArray calls = steps.get(s).getAsJsonArray();
                for (int k = 0; k < calls.size(); k++) {
                    if (!Fixtures.replays(calls.get(k).getAsString(), question.getAsJsonArray("involved_classes"))) {
                        continue;
                    }
                    counts[2]++;
                    String expected = results.get(s).getAsJsonArray().get(k).getAsString();
                    String actual = executor.execute(calls.get(k).getAsString()).text();
                    if (expected.equals(actual)) {
                        counts[1]++;
                    } else if (first == null) {
                        first = "turn " + t + " call " + calls.get(k).getAsString() + "\n  result "
                            + Fixtures.diff(expected, actual);
                    }
                }
            }
            JsonElement hash = replay.get(t).getAsJsonObject().getAsJsonObject("state_sha256").get(Fixtures.CLASS);
            if (first == null && !hash.getAsString().equals(sha256(instance.canonicalState()))) {
                first = "turn " + t + " state hash differs: " + Fixtures.clip(instance.canonicalState());
            }
        }
        return first;
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
