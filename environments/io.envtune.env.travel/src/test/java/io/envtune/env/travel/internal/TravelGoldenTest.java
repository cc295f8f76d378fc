package io.envtune.env.travel.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the ground truth of the golden fixtures. Entries involving only TravelAPI are replayed call by call; in
 * entries with other classes too, the TravelAPI calls alone are replayed (the other classes cannot affect them).
 */
public final class TravelGoldenTest {

    private static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    @Test
    public void singleClassEntriesMatchTheReference() {
        Fixtures.Tally tally = run(true);
        System.out.println(tally.report("TravelAPI single-class golden calls and states"));
        assertTrue(tally.report("single-class golden"), tally.compared > 0 && tally.mismatches.isEmpty());
    }

    @Test
    public void travelCallsOfMultiClassEntriesMatchTheReference() {
        Fixtures.Tally tally = run(false);
        System.out.println(tally.report("TravelAPI calls and states in multi-class golden entries"));
        assertTrue(tally.report("multi-class golden"), tally.compared > 0 && tally.mismatches.isEmpty());
    }

    private static Fixtures.Tally run(boolean singleClass) {
        Fixtures.Tally tally = new Fixtures.Tally();
        for (String split : SPLITS) {
            Map<String, JsonObject> questions = Fixtures.questions(split);
            for (JsonObject entry : Fixtures.jsonLines("fixtures/golden_" + split + ".jsonl")) {
                JsonArray classes = entry.getAsJsonArray("involved_classes");
                boolean mine = classes.contains(new com.google.gson.JsonPrimitive("TravelAPI"));
                if (mine && (classes.size() == 1) == singleClass) {
                    replay(entry, questions.get(entry.get("id").getAsString()), tally);
                }
            }
        }
        return tally;
    }

    private static void replay(JsonObject entry, JsonObject question, Fixtures.Tally tally) {
        String id = entry.get("id").getAsString();
        JsonElement scenario = question.getAsJsonObject("initial_config").get("TravelAPI");
        TableInstance<?> instance = Fixtures.create(scenario, entry.get("long_context").getAsBoolean());
        tally.check(id + " initial state", state(entry.getAsJsonObject("initial_state")), instance.canonicalState());
        CallExecutor executor = Fixtures.executor(instance);
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            JsonArray calls = turn.getAsJsonArray("calls");
            JsonArray results = turn.getAsJsonArray("results");
            for (int i = 0; i < calls.size(); i++) {
                String call = calls.get(i).getAsString();
                if (TravelTools.TABLE.names().contains(toolName(call))) {
                    String where = id + " turn " + turn.get("turn").getAsInt() + " call " + i + " " + call;
                    tally.check(where, results.get(i).getAsString(), executor.execute(call).text());
                }
            }
            tally.check(id + " turn " + turn.get("turn").getAsInt() + " state", state(turn.getAsJsonObject("state")),
                instance.canonicalState());
        }
    }

    private static String state(JsonObject states) {
        return states.get("TravelAPI").getAsString();
    }

    private static String toolName(String call) {
        int paren = call.indexOf('(');
        return (paren < 0 ? call : call.substring(0, paren)).strip();
    }
}
