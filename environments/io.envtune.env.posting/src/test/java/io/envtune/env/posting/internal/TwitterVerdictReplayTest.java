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
 * Replays the perturbed model trajectories of {@code fixtures/verdicts_public.jsonl} for the entries whose scenario
 * has a TwitterAPI block: every result of a TwitterAPI call and the SHA-256 of the TwitterAPI state after each turn.
 * Calls to other domains are skipped, since they never touch this state.
 */
public final class TwitterVerdictReplayTest {

    @Test
    public void modelReplaysMatchTheReference() {
        Path bfcl = Fixtures.bfclDir();
        Map<String, JsonObject> configs = Fixtures.initialConfigs(bfcl);
        Fixtures.Tally results = new Fixtures.Tally();
        Fixtures.Tally states = new Fixtures.Tally();
        int trajectories = 0;
        for (JsonObject v : Fixtures.lines(bfcl.resolve("fixtures").resolve("verdicts_public.jsonl"))) {
            JsonObject replay0 = v.getAsJsonArray("model_replay").get(0).getAsJsonObject();
            if (replay0.getAsJsonObject("state_sha256").has(TwitterTable.OWNER)) {
                trajectories++;
                replay(v, configs.get(v.get("id").getAsString()), bfcl.resolve("data"), results, states);
            }
        }
        System.out.println("TwitterAPI trajectories: " + trajectories + "\n" + results.report("TwitterAPI replay "
                + "results") + "\n" + states.report("TwitterAPI replay state hashes"));
        assertTrue(trajectories > 0);
        assertTrue(results.report("results"), results.mismatched == 0);
        assertTrue(states.report("states"), states.mismatched == 0);
    }

    private static void replay(JsonObject v, JsonObject config, Path data, Fixtures.Tally results,
            Fixtures.Tally states) {
        String id = v.get("id").getAsString() + "/" + v.get("perturbation").getAsString();
        EnvironmentOptions options = new EnvironmentOptions(v.get("split").getAsString().equals("long_context"), data);
        EnvironmentInstance instance = new TwitterEnvironment()
                .create(Fixtures.scenario(config, TwitterTable.OWNER), options);
        JsonArray turns = v.getAsJsonArray("model_result_decoded");
        JsonArray replay = v.getAsJsonArray("model_replay");
        for (int t = 0; t < turns.size(); t++) {
            JsonArray steps = turns.get(t).getAsJsonArray();
            JsonObject expected = replay.get(t).getAsJsonObject();
            for (int s = 0; s < steps.size(); s++) {
                JsonArray calls = steps.get(s).getAsJsonArray();
                for (int k = 0; k < calls.size(); k++) {
                    String call = calls.get(k).getAsString();
                    if (TwitterTable.TABLE.names().contains(Fixtures.toolName(call))) {
                        JsonElement want = expected.getAsJsonArray("results").get(s).getAsJsonArray().get(k);
                        results.check(id + " turn " + t + " " + call, want.getAsString(),
                                Fixtures.run(instance, TwitterTable.TABLE.names(), call));
                    }
                }
            }
            String hash = expected.getAsJsonObject("state_sha256").get(TwitterTable.OWNER).getAsString();
            states.check(id + " turn " + t, hash, Fixtures.sha256(instance.canonicalState()));
        }
    }
}
