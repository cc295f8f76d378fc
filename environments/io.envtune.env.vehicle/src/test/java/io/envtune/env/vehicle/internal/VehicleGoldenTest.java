package io.envtune.env.vehicle.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the ground truth of the VehicleControlAPI entries of the four {@code golden_<split>.jsonl} fixtures, turn by
 * turn on one instance, comparing each result string and each turn's canonical state. Entries that involve other
 * classes too are replayed with only this class's calls (the car's state depends on nothing else).
 */
public class VehicleGoldenTest {

    @Test
    public void singleClassGroundTruthMatchesTheReference() {
        replayAll(true, "golden");
    }

    @Test
    public void vehicleCallsOfMultiClassEntriesMatchTheReference() {
        replayAll(false, "golden multi-class");
    }

    private static void replayAll(boolean singleClass, String what) {
        Map<String, JsonObject> questions = Fixtures.questions(singleClass);
        Tally results = new Tally(what + " results");
        Tally states = new Tally(what + " states");
        int entries = 0;
        for (String split : Fixtures.SPLITS) {
            List<JsonObject> golden = Fixtures.lines(
                    Fixtures.bfclDir().resolve("fixtures/golden_" + split + ".jsonl"), Fixtures.CLASS);
            for (JsonObject entry : golden) {
                JsonObject question = questions.get(entry.get("id").getAsString());
                if (question != null) {
                    replay(entry, question, results, states);
                    entries++;
                }
            }
        }
        System.out.println(what + " entries replayed: " + entries);
        results.assertAllMatched();
        states.assertAllMatched();
    }

    private static void replay(JsonObject entry, JsonObject question, Tally results, Tally states) {
        String id = entry.get("id").getAsString();
        JsonObject scenario = question.getAsJsonObject("initial_config").getAsJsonObject(Fixtures.CLASS);
        Fixtures.Run run = new Fixtures.Run(scenario, entry.get("long_context").getAsBoolean());
        states.check(id + " initial", "-",
                entry.getAsJsonObject("initial_state").get(Fixtures.CLASS).getAsString(), run.state());
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            List<String> calls = Fixtures.strings(turn.get("calls"));
            List<String> expected = Fixtures.strings(turn.get("results"));
            String where = id + " turn " + turn.get("turn").getAsInt();
            for (int k = 0; k < calls.size(); k++) {
                if (Fixtures.isVehicleCall(calls.get(k))) {
                    results.check(where + " call " + k, calls.get(k), expected.get(k), run.call(calls.get(k)));
                }
            }
            states.check(where, String.join("; ", calls),
                    turn.getAsJsonObject("state").get(Fixtures.CLASS).getAsString(), run.state());
        }
    }
}
