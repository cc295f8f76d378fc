package io.envtune.env.ticket.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import java.nio.file.Path;
import org.junit.Test;

/** Replays every TicketAPI line of {@code fixtures/probes.jsonl}: each result string and state, byte for byte. */
public final class TicketProbeTest {

    @Test
    public void probesMatchTheReference() {
        Path bfcl = Fixtures.bfclDir();
        Fixtures.Tally results = new Fixtures.Tally();
        Fixtures.Tally states = new Fixtures.Tally();
        int probes = 0;
        for (JsonObject probe : Fixtures.lines(bfcl.resolve("fixtures").resolve("probes.jsonl"))) {
            if (!TicketTable.OWNER.equals(probe.get("class").getAsString())) {
                continue;
            }
            probes++;
            replay(probe, bfcl.resolve("data"), results, states);
        }
        System.out.println(results.report("TicketAPI probe results") + "\n" + states.report("TicketAPI probe states"));
        assertEquals(4, probes);
        assertTrue(results.report("results"), results.mismatched == 0);
        assertTrue(states.report("states"), states.mismatched == 0);
    }

    private static void replay(JsonObject probe, Path data, Fixtures.Tally results, Fixtures.Tally states) {
        String id = probe.get("probe_id").getAsString();
        EnvironmentOptions options = new EnvironmentOptions(probe.get("long_context").getAsBoolean(), data);
        EnvironmentInstance instance = new TicketEnvironment()
                .create(Fixtures.scenario(probe.getAsJsonObject("initial_config"), TicketTable.OWNER), options);
        states.check(id + " initial", probe.get("initial_state").getAsString(), instance.canonicalState());
        int index = 0;
        for (JsonElement e : probe.getAsJsonArray("steps")) {
            JsonObject step = e.getAsJsonObject();
            String call = step.get("call").getAsString();
            String where = id + " step " + index++ + " " + call;
            results.check(where, step.get("result").getAsString(),
                    Fixtures.run(instance, TicketTable.TABLE.names(), call));
            states.check(where, step.get("state").getAsString(), instance.canonicalState());
        }
    }
}
