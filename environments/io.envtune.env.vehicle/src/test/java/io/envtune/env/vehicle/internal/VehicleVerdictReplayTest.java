package io.envtune.env.vehicle.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the perturbed model trajectories of {@code verdicts_public.jsonl} for VehicleControlAPI entries (wrong
 * arguments, swapped or dropped calls): every result string of a vehicle call and the SHA-256 of the car's canonical
 * state after each turn must equal the reference's {@code model_replay}. In multi-class entries only the vehicle
 * calls run.
 */
public class VehicleVerdictReplayTest {

    @Test
    public void singleClassTrajectoriesReplayLikeTheReference() {
        replayAll(true, "verdict replay");
    }

    @Test
    public void vehicleCallsOfMultiClassTrajectoriesReplayLikeTheReference() {
        replayAll(false, "verdict replay multi-class");
    }

    private static void replayAll(boolean singleClass, String what) {
        Map<String, JsonObject> questions = Fixtures.questions(singleClass);
        Tally results = new Tally(what + " results");
        Tally states = new Tally(what + " state hashes");
        for (JsonObject v : Fixtures.lines(Fixtures.bfclDir().resolve("fixtures/verdicts_public.jsonl"), "\"id\"")) {
            JsonObject question = questions.get(v.get("id").getAsString());
            if (question != null) {
                replay(v, question, singleClass, results, states);
            }
        }
        results.assertAllMatched();
        states.assertAllMatched();
    }

    private static void replay(JsonObject v, JsonObject question, boolean singleClass, Tally results,
            Tally states) {
        String where = v.get("id").getAsString() + " [" + v.get("perturbation").getAsString() + "]";
        JsonObject scenario = question.getAsJsonObject("initial_config").getAsJsonObject(Fixtures.CLASS);
        Fixtures.Run run = new Fixtures.Run(scenario, "long_context".equals(v.get("split").getAsString()));
        JsonArray turns = v.getAsJsonArray("model_result_decoded");
        JsonArray replay = v.getAsJsonArray("model_replay");
        for (int t = 0; t < turns.size(); t++) {
            JsonObject expected = replay.get(t).getAsJsonObject();
            JsonArray steps = turns.get(t).getAsJsonArray();
            for (int s = 0; s < steps.size(); s++) {
                List<String> calls = Fixtures.strings(steps.get(s));
                List<String> want = Fixtures.strings(expected.getAsJsonArray("results").get(s));
                for (int k = 0; k < calls.size(); k++) {
                    if (!singleClass && !Fixtures.isVehicleCall(calls.get(k))) {
                        continue;
                    }
                    results.check(where + " turn " + t + " step " + s, calls.get(k), want.get(k),
                            run.call(calls.get(k)));
                }
            }
            JsonElement hash = expected.getAsJsonObject("state_sha256").get(Fixtures.CLASS);
            if (hash != null) {
                states.check(where + " turn " + t, "-", hash.getAsString(), sha256(run.state()));
            }
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
