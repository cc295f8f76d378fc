package io.envtune.env.vehicle.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.Test;

/**
 * Replays every VehicleControlAPI line of {@code fixtures/probes.jsonl} (every tool, error paths, long-context
 * twins) and compares each result string and each canonical state with the reference byte for byte.
 */
public class VehicleProbeTest {

    @Test
    public void probesMatchTheReference() {
        List<JsonObject> probes = Fixtures.lines(Fixtures.bfclDir().resolve("fixtures/probes.jsonl"),
                "\"class\": \"" + Fixtures.CLASS + "\"");
        Tally results = new Tally("probe results");
        Tally states = new Tally("probe states");
        for (JsonObject probe : probes) {
            if (!Fixtures.CLASS.equals(probe.get("class").getAsString())) {
                continue;
            }
            replay(probe, results, states);
        }
        results.assertAllMatched();
        states.assertAllMatched();
    }

    private static void replay(JsonObject probe, Tally results, Tally states) {
        String id = probe.get("probe_id").getAsString();
        JsonObject scenario = probe.getAsJsonObject("initial_config").getAsJsonObject(Fixtures.CLASS);
        Fixtures.Run run = new Fixtures.Run(scenario, probe.get("long_context").getAsBoolean());
        states.check(id + " initial state", "-", probe.get("initial_state").getAsString(), run.state());
        int index = 0;
        for (JsonElement e : probe.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            String call = step.get("call").getAsString();
            String where = id + " step " + index++;
            results.check(where, call, step.get("result").getAsString(), run.call(call));
            states.check(where, call, step.get("state").getAsString(), run.state());
        }
    }
}
