package io.envtune.env.filesystem.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Replays every GorillaFileSystem probe of {@code fixtures/probes.jsonl}: results and states byte for byte. */
public final class FileSystemProbeTest {

    @Test
    public void probesMatchTheReference() {
        List<String> mismatches = new ArrayList<>();
        int probes = 0;
        int steps = 0;
        for (JsonObject probe : Fixtures.readLines(Fixtures.bfclDir().resolve("fixtures/probes.jsonl"))) {
            if (!FileSystemTools.OWNER.equals(probe.get("class").getAsString())) {
                continue;
            }
            probes++;
            steps += replay(probe, mismatches);
        }
        System.out.printf("GorillaFileSystem probes: %d probes, %d steps, %d mismatches%n", probes, steps,
            mismatches.size());
        assertEquals("probes found", 4, probes);
        assertTrue(mismatches.size() + " mismatches, first: " + (mismatches.isEmpty() ? "" : mismatches.get(0)),
            mismatches.isEmpty());
    }

    private static int replay(JsonObject probe, List<String> mismatches) {
        String id = probe.get("probe_id").getAsString();
        String scenario = probe.getAsJsonObject("initial_config").get(FileSystemTools.OWNER).toString();
        TableInstance<?> instance = Fixtures.create(scenario, probe.get("long_context").getAsBoolean());
        check(mismatches, id + " initial state", probe.get("initial_state").getAsString(), instance.canonicalState());
        CallExecutor executor = Fixtures.executor(instance);
        int index = 0;
        for (JsonElement element : probe.getAsJsonArray("steps")) {
            JsonObject step = element.getAsJsonObject();
            String call = step.get("call").getAsString();
            String where = id + " step " + index + " " + call;
            check(mismatches, where + " result", step.get("result").getAsString(), executor.execute(call).text());
            check(mismatches, where + " state", step.get("state").getAsString(), instance.canonicalState());
            index++;
        }
        return index;
    }

    static void check(List<String> mismatches, String where, String expected, String actual) {
        if (!expected.equals(actual)) {
            mismatches.add(where + "\n  expected: " + Fixtures.clip(expected) + "\n  actual:   " + Fixtures.clip(actual));
        }
    }
}
