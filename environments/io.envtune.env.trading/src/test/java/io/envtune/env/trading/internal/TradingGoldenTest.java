package io.envtune.env.trading.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the ground truth of every TradingBot entry of the four golden files: each turn's result strings and the
 * state after it, byte for byte, with instances kept across the turns of an entry. Single-class entries replay every
 * call; multi-class entries replay TradingBot's calls only (the other classes cannot touch its state).
 */
public final class TradingGoldenTest {

    private static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    @Test
    public void groundTruthMatchesTheReference() {
        List<String> mismatches = new ArrayList<>();
        int[] counts = new int[4];
        for (String split : SPLITS) {
            Path bfcl = Fixtures.bfclDir();
            Map<String, JsonObject> questions = new HashMap<>();
            for (JsonObject q : Fixtures.readLines(bfcl.resolve("data/BFCL_v4_multi_turn_" + split + ".json"))) {
                questions.put(q.get("id").getAsString(), q);
            }
            for (JsonObject entry : Fixtures.readLines(bfcl.resolve("fixtures/golden_" + split + ".jsonl"))) {
                if (Fixtures.involvesTrading(entry.getAsJsonArray("involved_classes"))) {
                    String first = replay(entry, questions.get(entry.get("id").getAsString()), counts);
                    if (first != null) {
                        mismatches.add(first);
                    }
                }
            }
        }
        System.out.printf("TradingBot golden: %d entries, %d/%d calls matched, %d states checked%n",
            counts[0], counts[1], counts[2], counts[3]);
        assertTrue("no TradingBot entries found", counts[0] > 0);
        assertTrue(mismatches.size() + " entries differ:\n" + String.join("\n", mismatches), mismatches.isEmpty());
    }

    /** @return the first mismatch of the entry, or null; counts = entries, matched calls, calls, states */
    private static String replay(JsonObject entry, JsonObject question, int[] counts) {
        String id = entry.get("id").getAsString();
        counts[0]++;
        TableInstance<?> instance = Fixtures.create(question.getAsJsonObject("initial_config").get(Fixtures.CLASS),
            entry.get("long_context").getAsBoolean());
        String initial = entry.getAsJsonObject("initial_state").get(Fixtures.CLASS).getAsString();
        if (!initial.equals(instance.canonicalState())) {
            return id + " initial state: " + Fixtures.diff(initial, instance.canonicalState());
        }
        CallExecutor executor = Fixtures.executor(instance);
        String first = null;
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            var calls = turn.getAsJsonArray("calls");
            for (int k = 0; k < calls.size(); k++) {
                if (!Fixtures.replays(calls.get(k).getAsString(), entry.getAsJsonArray("involved_classes"))) {
                    continue;
                }
                counts[2]++;
                String expected = turn.getAsJsonArray("results").get(k).getAsString();
                String actual = executor.execute(calls.get(k).getAsString()).text();
                if (expected.equals(actual)) {
                    counts[1]++;
                } else if (first == null) {
                    first = id + " turn " + turn.get("turn").getAsInt() + " call " + calls.get(k).getAsString()
                        + "\n  result " + Fixtures.diff(expected, actual);
                }
            }
            counts[3]++;
            String state = turn.getAsJsonObject("state").get(Fixtures.CLASS).getAsString();
            if (first == null && !state.equals(instance.canonicalState())) {
                first = id + " turn " + turn.get("turn").getAsInt() + " state: "
                    + Fixtures.diff(state, instance.canonicalState());
            }
        }
        return first;
    }
}
