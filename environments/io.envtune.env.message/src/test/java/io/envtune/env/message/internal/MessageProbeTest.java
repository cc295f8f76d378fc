package io.envtune.env.message.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import org.junit.Assert;
import org.junit.Test;

/** Replays every MessageAPI line of {@code fixtures/probes.jsonl}: each result string and state byte for byte. */
public final class MessageProbeTest {

    @Test
    public void probesMatchTheReference() {
        Replay replay = new Replay("MessageAPI probes");
        int probes = 0;
        for (JsonObject probe : BfclFixtures.lines("fixtures/probes.jsonl")) {
            if (!probe.get("class").getAsString().equals(MessageEnvironment.ID)) {
                continue;
            }
            probes++;
            String id = probe.get("probe_id").getAsString();
            EnvironmentInstance instance = new MessageEnvironment().create(
                BfclFixtures.scenario(probe.getAsJsonObject("initial_config"), MessageEnvironment.ID),
                new EnvironmentOptions(probe.get("long_context").getAsBoolean(), BfclFixtures.dataDir()));
            replay.check(id + " initial state", probe.get("initial_state").getAsString(), instance.canonicalState());
            CallExecutor executor =
                new CallExecutor(List.of(new CallExecutor.ToolLookup(instance, MessageEnvironment.TABLE.names())));
            int index = 0;
            for (JsonElement e : probe.getAsJsonArray("steps")) {
                JsonObject step = e.getAsJsonObject();
                String call = step.get("call").getAsString();
                String where = id + " step " + index++ + " " + call;
                replay.check(where, step.get("result").getAsString(), executor.execute(call).text());
                replay.check(where + " (state)", step.get("state").getAsString(), instance.canonicalState());
            }
        }
        Assert.assertEquals("MessageAPI probe lines", 4, probes);
        replay.finish();
    }
}
