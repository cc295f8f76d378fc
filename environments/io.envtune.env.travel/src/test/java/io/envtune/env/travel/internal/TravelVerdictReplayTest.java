package io.envtune.env.travel.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the perturbed model trajectories of {@code verdicts_public.jsonl} (wrong arguments, dropped and swapped
 * calls) on TravelAPI and compares every result string of a TravelAPI call and the state hash after every turn.
 * In entries with other classes, only the TravelAPI calls run (the other classes cannot affect them).
 */
public final class TravelVerdictReplayTest {

    @Test
    public void modelReplaysMatchTheReference() {
        Map<String, Map<String, JsonObject>> questions = new HashMap<>();
        Fixtures.Tally tally = new Fixtures.Tally();
        for (JsonObject verdict : Fixtures.jsonLines("fixtures/verdicts_public.jsonl")) {
            JsonArray replay = verdict.getAsJsonArray("model_replay");
            if (!replay.get(0).getAsJsonObject().getAsJsonObject("state_sha256").has("TravelAPI")) {
                continue;
            }
            String split = verdict.get("split").getAsString();
            JsonObject question = questions.computeIfAbsent(split, Fixtures::questions)
                .get(verdict.get("id").getAsString());
            replay(verdict, question, tally);
        }
        System.out.println(tally.report("TravelAPI model replays (results and state hashes)"));
        assertTrue(tally.report("model replays"), tally.compared > 0 && tally.mismatches.isEmpty());
    }

    private static void replay(JsonObject verdict, JsonObject question, Fixtures.Tally tally) {
        String id = verdict.get("id").getAsString() + "/" + verdict.get("perturbation").getAsString();
        boolean longContext = verdict.get("split").getAsString().equals("long_context");
        JsonElement scenario = question.getAsJsonObject("initial_config").get("TravelAPI");
        boolean alone = question.getAsJsonArray("involved_classes").size() == 1;
        TableInstance<?> instance = Fixtures.create(scenario, longContext);
        CallExecutor executor = Fixtures.executor(instance);
        JsonArray turns = verdict.getAsJsonArray("model_result_decoded");
        JsonArray replay = verdict.getAsJsonArray("model_replay");
        for (int t = 0; t < turns.size(); t++) {
            JsonArray steps = turns.get(t).getAsJsonArray();
            JsonObject expected = replay.get(t).getAsJsonObject();
            for (int s = 0; s < steps.size(); s++) {
                JsonArray calls = steps.get(s).getAsJsonArray();
                JsonArray results = expected.getAsJsonArray("results").get(s).getAsJsonArray();
                for (int c = 0; c < calls.size(); c++) {
                    String call = calls.get(c).getAsString();
                    if (alone || TravelTools.TABLE.names().contains(toolName(call))) {
                        String where = id + " turn " + t + " step " + s + " call " + c + " " + call;
                        tally.check(where, results.get(c).getAsString(), executor.execute(call).text());
                    }
                }
            }
            String hash = expected.getAsJsonObject("state_sha256").get("TravelAPI").getAsString();
            tally.check(id + " turn " + t + " state hash", hash, sha256(instance.canonicalState()));
        }
    }

    private static String toolName(String call) {
        int paren = call.indexOf('(');
        return (paren < 0 ? call : call.substring(0, paren)).strip();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
