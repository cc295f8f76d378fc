package io.envtune.env.trading.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.toolkit.CallExecutor;
import io.envtune.toolkit.TableInstance;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Replays every TradingBot probe of {@code fixtures/probes.jsonl}: each result string and state, byte for byte. */
public final class TradingProbeTest {

    @Test
    public void probesMatchTheReference() {
        List<String> mismatches = new ArrayList<>();
        int probes = 0;
        int steps = 0;
        int matched = 0;
        for (JsonObject probe : Fixtures.readLines(Fixtures.bfclDir().resolve("fixtures/probes.jsonl"))) {
            if (!Fixtures.CLASS.equals(probe.get("class").getAsString())) {
                continue;
            }
            probes++;
            String id = probe.get("probe_id").getAsString();
            TableInstance<?> instance = Fixtures.create(probe.getAsJsonObject("initial_config").get(Fixtures.CLASS),
                probe.get("long_context").getAsBoolean());
            assertEquals(id + " initial state", probe.get("initial_state").getAsString(), instance.canonicalState());
            CallExecutor executor = Fixtures.executor(instance);
            String first = null;
            int index = 0;
            for (JsonElement element : probe.getAsJsonArray("steps")) {
                JsonObject step = element.getAsJsonObject();
                steps++;
                String mismatch = compare(executor, instance, step);
                if (mismatch == null) {
                    matched++;
                } else if (first == null) {
                    first = id + " step " + index + ": " + mismatch;
                }
                index++;
            }
            if (first != null) {
                mismatches.add(first);
            }
        }
        System.out.printf("TradingBot probes: %d probes, %d/%d steps matched%n", probes, matched, steps);
        assertTrue("no TradingBot probes found", probes > 0);
        assertTrue(String.join("\n", mismatches), mismatches.isEmpty());
    }

    /** @return null when the step's result and state match, else a description of the first difference */
    static String compare(CallExecutor executor, TableInstance<?> instance, JsonObject step) {
        String call = step.get("call").getAsString();
        String expected = step.get("result").getAsString();
        String actual = executor.execute(call).text();
        if (!expected.equals(actual)) {
            return "call " + call + "\n  result " + Fixtures.diff(expected, actual);
        }
        String state = instance.canonicalState();
        if (!step.get("state").getAsString().equals(state)) {
            return "call " + call + "\n  state " + Fixtures.diff(step.get("state").getAsString(), state);
        }
        return null;
    }
}
