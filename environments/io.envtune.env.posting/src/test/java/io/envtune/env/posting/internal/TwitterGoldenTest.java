package io.envtune.env.posting.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.Test;

/**
 * Replays the ground truth of {@code fixtures/golden_<split>.jsonl} for every entry that involves TwitterAPI. No
 * entry involves TwitterAPI alone, and the domains never touch each other's state, so each entry replays only the
 * calls to TwitterAPI tools on a TwitterAPI instance and checks their results and the TwitterAPI state after every
 * turn.
 */
public final class TwitterGoldenTest {

    @Test
    public void groundTruthMatchesTheReference() {
        Path bfcl = Fixtures.bfclDir();
        Map<String, JsonObject> configs = Fixtures.initialConfigs(bfcl);
        Fixtures.Tally results = new Fixtures.Tally();
        Fixtures.Tally states = new Fixtures.Tally();
        int entries = 0;
        for (String split : new String[] {"base", "miss_func", "miss_param", "long_context"}) {
            for (JsonObject entry : Fixtures.lines(bfcl.resolve("fixtures").resolve("golden_" + split + ".jsonl"))) {
                if (involves(entry)) {
                    entries++;
                    replay(entry, configs.get(entry.get("id").getAsString()), bfcl.resolve("data"), results, states);
                }
            }
        }
        System.out.println("TwitterAPI golden entries: " + entries + "\n" + results.report("TwitterAPI golden results")
                + "\n" + states.report("TwitterAPI golden states"));
        assertTrue("no entry involves TwitterAPI", entries > 0);
        assertTrue(results.report("results"), results.mismatched == 0);
        assertTrue(states.report("states"), states.mismatched == 0);
    }

    private static boolean involves(JsonObject entry) {
        for (JsonElement c : entry.getAsJsonArray("involved_classes")) {
            if (TwitterTable.OWNER.equals(c.getAsString())) {
                return true;
            }
        }
        return false;
    }

    private static void replay(JsonObject entry, JsonObject config, Path data, Fixtures.Tally results,
            Fixtures.Tally states) {
        String id = entry.get("id").getAsString();
        EnvironmentOptions options = new EnvironmentOptions(entry.get("long_context").getAsBoolean(), data);
        EnvironmentInstance instance = new TwitterEnvironment()
                .create(Fixtures.scenario(config, TwitterTable.OWNER), options);
        String owner = TwitterTable.OWNER;
        states.check(id + " initial", entry.getAsJsonObject("initial_state").get(owner).getAsString(),
                instance.canonicalState());
        for (JsonElement t : entry.getAsJsonArray("turns")) {
            JsonObject turn = t.getAsJsonObject();
            JsonArray calls = turn.getAsJsonArray("calls");
            String where = id + " turn " + turn.get("turn").getAsInt();
            for (int k = 0; k < calls.size(); k++) {
                String call = calls.get(k).getAsString();
                if (TwitterTable.TABLE.names().contains(Fixtures.toolName(call))) {
                    results.check(where + " " + call, turn.getAsJsonArray("results").get(k).getAsString(),
                            Fixtures.run(instance, TwitterTable.TABLE.names(), call));
                }
            }
            states.check(where, turn.getAsJsonObject("state").get(owner).getAsString(), instance.canonicalState());
        }
    }
}
