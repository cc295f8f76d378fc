package io.envtune.env.travel.internal;

import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import org.junit.Test;

/** Replays every TravelAPI probe of the reference and compares each result string and state byte for byte. */
public final class TravelProbeTest {

    @Test
    public void probesMatchTheReference() {
        Fixtures.Tally tally = new Fixtures.Tally();
        int probes = 0;
        for (JsonObject probe : Fixtures.jsonLines("fixtures/probes.jsonl")) {
            if (!probe.get("class").getAsString().equals("TravelAPI")) {
                continue;
            }
            probes++;
            replay(probe, tally);
        }
        System.out.println(tally.report("TravelAPI probes (" + probes + " probes)"));
        assertTrue(tally.report("TravelAPI probes"), probes == 4 && tally.mismatches.isEmpty());
    }

    private static void replay(JsonObject probe, Fixtures.Tally tally) {
        String id = probe.get("probe_id").getAsString();
        JsonElement scenario = probe.getAsJsonObject("initial_config").get("TravelAPI");
        TableInstance<?> instance = Fixtures.create(scenario, probe.get("long_context").getAsBoolean());
        tally.check(id + " initial state", probe.get("initial_state").getAsString(), instance.canonicalState());
        CallExecutor executor = Fixtures.executor(instance);
        int index = 0;
        for (JsonElement e : probe.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            String call = step.get("call").getAsString();
            String where = id + " step " + index++ + " " + call;
            tally.check(where + " result", step.get("result").getAsString(), executor.execute(call).text());
            tally.check(where + " state", step.get("state").getAsString(), instance.canonicalState());
        }
    }
}
