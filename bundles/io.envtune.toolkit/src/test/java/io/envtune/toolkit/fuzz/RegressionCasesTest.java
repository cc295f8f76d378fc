package io.envtune.toolkit.fuzz;

import static org.junit.Assert.assertTrue;

import io.envtune.toolkit.internal.python.PyJson;
import io.envtune.toolkit.value.PyTuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Replays every input the fuzzers ever caught (src/test/resources/fuzz/), and a few hand-written hostile inputs, in the
 * normal test run: each must end in a result string or a Python error within the time bound.
 */
public class RegressionCasesTest {

    @Test
    public void savedCallInputsEndCleanly() {
        List<String> cases = RegressionLines.load("/fuzz/toolkit-calls.txt");
        assertTrue("regression file missing or empty", !cases.isEmpty());
        EchoDomain domain = new EchoDomain(GroundTruthCalls.load());
        FuzzRun run = new FuzzRun("toolkit-regressions");
        for (String call : cases) {
            run.check(RegressionLines.encode(call), () -> CallParserFuzzTest.runCase(domain, call));
        }
        run.finish();
    }

    /** Found by ValueFormatFuzzTest: an int past 4300 digits in a tuple key or a set made the state writer raise. */
    @Test
    public void canonicalStateOfHugeIntsInKeysAndSetsIsWritten() {
        Object huge = java.math.BigInteger.TEN.pow(4300);
        Map<Object, Object> state = new LinkedHashMap<>();
        state.put(new PyTuple(new ArrayList<>(List.of("k", huge))), 1L);
        state.put("s", new LinkedHashSet<>(List.of(new PyTuple(new ArrayList<>(List.of(huge))), "x")));
        String text = PyJson.canonical(state);
        assertTrue(text, text.contains("#tuple:[\\\"k\\\"," + huge + "]"));
    }

    @Test
    public void regressionLinesRoundTrip() {
        for (String s : List.of("", "a", "{{", "}}", "\\", "\u0000\ud800x", "[".repeat(10_000) + "]".repeat(10_000),
            "'" + "../".repeat(5000) + "'", "ab".repeat(40) + "{" + "\n\r\t" + "\u00e9".repeat(100))) {
            String line = RegressionLines.encode(s);
            assertTrue(line, line.indexOf('\n') < 0 && line.length() < 400);
            assertTrue(RegressionLines.decode(line).equals(s));
        }
    }
}
