package io.envtune.env.filesystem.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the ground truth of every golden entry (all four splits) whose only involved class is GorillaFileSystem,
 * comparing every result string and the state after every turn with the reference's, byte for byte.
 */
public final class FileSystemGoldenTest {

    private static final List<String> SPLITS = List.of("base", "miss_func", "miss_param", "long_context");

    @Test
    public void singleClassGoldenEntriesMatchTheReference() {
        List<String> mismatches = new ArrayList<>();
        int entries = 0;
        int calls = 0;
        int states = 0;
        for (String split : SPLITS) {
            Map<String, String> scenarios = scenarios(split);
            for (JsonObject entry : Fixtures.readLines(Fixtures.bfclDir().resolve("fixtures/golden_" + split + ".jsonl"))) {
                if (!isOnlyFileSystem(entry)) {
                    continue;
                }
                entries++;
                int[] counted = replay(entry, scenarios.get(entry.get("id").getAsString()), mismatches);
                calls += counted[0];
                states += counted[1];
            }
        }
        System.out.printf("GorillaFileSystem golden: %d entries, %d calls, %d states, %d mismatches%n", entries,
            calls, states, mismatches.size());
        assertTrue("no single-class entries found", entries > 0);
        assertTrue(mismatches.size() + " mismatches, first: " + (mismatches.isEmpty() ? "" : mismatches.get(0)),
            mismatches.isEmpty());
    }

    private static boolean isOnlyFileSystem(JsonObject entry) {
        var classes = entry.getAsJsonArray("involved_classes");
        return classes.size() == 1 && FileSystemTools.OWNER.equals(classes.get(0).getAsString());
    }

    /** @return entry id to the GorillaFileSystem scenario JSON, from the split's question file */
    private static Map<String, String> scenarios(String split) {
        Map<String, String> out = new HashMap<>();
        for (JsonObject q : Fixtures.readLines(Fixtures.dataDir().resolve("BFCL_v4_multi_turn_" + split + ".json"))) {
            JsonElement config = q.getAsJsonObject("initial_config").get(FileSystemTools.OWNER);
            out.put(q.get("id").getAsString(), config == null ? "{}" : config.toString());
        }
        return out;
    }

    private static int[] replay(JsonObject entry, String scenario, List<String> mismatches) {
        String id = entry.get("id").getAsString();
        TableInstance<?> instance = Fixtures.create(scenario, entry.get("long_context").getAsBoolean());
        String initial = entry.getAsJsonObject("initial_state").get(FileSystemTools.OWNER).getAsString();
        FileSystemProbeTest.check(mismatches, id + " initial state", initial, instance.canonicalState());
        CallExecutor executor = Fixtures.executor(instance);
        int calls = 0;
        int states = 0;
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            String where = id + " turn " + turn.get("turn").getAsInt();
            var callList = turn.getAsJsonArray("calls");
            var results = turn.getAsJsonArray("results");
            for (int k = 0; k < callList.size(); k++) {
                String call = callList.get(k).getAsString();
                FileSystemProbeTest.check(mismatches, where + " call " + k + " " + call, results.get(k).getAsString(),
                    executor.execute(call).text());
                calls++;
            }
            String state = turn.getAsJsonObject("state").get(FileSystemTools.OWNER).getAsString();
            FileSystemProbeTest.check(mismatches, where + " state", state, instance.canonicalState());
            states++;
        }
        return new int[] {calls, states};
    }
}
