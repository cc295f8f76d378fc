package io.envtune.env.math.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the ground truth of {@code fixtures/golden_<split>.jsonl}. No entry involves MathAPI alone, so every entry
 * that involves it is replayed with only its MathAPI calls (the classes never interact: tool names are disjoint and
 * each class has its own instance), comparing those calls' results and MathAPI's state after each turn.
 */
public final class MathGoldenTest {

    @Test
    public void groundTruthMatchesTheReference() {
        Map<String, JsonObject> questions = BfclFixtures.questions();
        Replay replay = new Replay("MathAPI golden");
        for (String split : BfclFixtures.SPLITS) {
            for (JsonObject entry : BfclFixtures.lines("fixtures/golden_" + split + ".jsonl")) {
                if (BfclFixtures.involves(entry.get("involved_classes"), MathTools.OWNER)) {
                    replayEntry(entry, questions.get(entry.get("id").getAsString()), replay);
                }
            }
        }
        replay.finish();
    }

    private static void replayEntry(JsonObject entry, JsonObject question, Replay replay) {
        String id = entry.get("id").getAsString();
        EnvironmentInstance instance = new MathEnvironment().create(
            BfclFixtures.scenario(question.getAsJsonObject("initial_config"), MathTools.OWNER),
            new EnvironmentOptions(entry.get("long_context").getAsBoolean(), BfclFixtures.dataDir()));
        replay.check(id + " initial state",
            entry.getAsJsonObject("initial_state").get(MathTools.OWNER).getAsString(), instance.canonicalState());
        CallExecutor executor =
            new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, MathTools.TABLE.names())));
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            JsonArray calls = turn.getAsJsonArray("calls");
            for (int k = 0; k < calls.size(); k++) {
                String call = calls.get(k).getAsString();
                if (MathTools.TABLE.names().contains(BfclFixtures.callName(call))) {
                    replay.check(id + " turn " + turn.get("turn") + " " + call,
                        turn.getAsJsonArray("results").get(k).getAsString(), executor.execute(call).text());
                }
            }
            replay.check(id + " turn " + turn.get("turn") + " state",
                turn.getAsJsonObject("state").get(MathTools.OWNER).getAsString(), instance.canonicalState());
        }
    }
}
