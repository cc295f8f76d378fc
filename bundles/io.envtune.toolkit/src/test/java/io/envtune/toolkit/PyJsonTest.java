package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.envtune.toolkit.internal.python.JsonValues;
import io.envtune.toolkit.internal.python.PyJson;
import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyTuple;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** json.dumps and the canonical state JSON. */
public final class PyJsonTest {

    @Test
    public void dumpsLikeCPython() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("a", Arrays.asList(1L, 2.5, null, true));
        m.put("b", new PyTuple(List.of("x")));
        m.put(1L, Double.NEGATIVE_INFINITY);
        m.put(2.5, Double.NaN);
        m.put(null, 1e16);
        m.put(true, 0.1);
        m.put("k", new LinkedHashMap<>());
        assertEquals("{\"a\": [1, 2.5, null, true], \"b\": [\"x\"], \"1\": -Infinity, \"2.5\": NaN, "
                + "\"null\": 1e+16, \"true\": 0.1, \"k\": {}}", PyJson.dumps(m));
    }

    @Test
    public void dumpsEscapesAscii() {
        assertEquals("\"say \\\"hi\\\"\"", PyJson.dumps("say \"hi\""));
        assertEquals("\"\\u0000\\u001f\\u007f\\u0080\\u0085\\u00a0\\u00ad\"",
                PyJson.dumps("\u0000\u001f\u007f\u0080\u0085\u00a0\u00ad"));
        assertEquals("\"\\u00e9\\u6f22\\u5b57\\ud83d\\ude00\"", PyJson.dumps("é漢字😀"));
        assertEquals("\"\\b\\f\\n\\r\\t\\\\/\"", PyJson.dumps("\b\f\n\r\t\\/"));
    }

    @Test(expected = NotSerializableException.class)
    public void decimalIsNotSerializable() {
        PyJson.dumps(Map.of("result", new PyDecimal("1.4")));
    }

    @Test(expected = NotSerializableException.class)
    public void setIsNotSerializable() {
        PyJson.dumps(new LinkedHashSet<>(List.of(1L)));
    }

    @Test
    public void canonicalSortsRenderedKeysAndSets() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("order_type", "Buy");
        m.put(12345L, 1.0);
        m.put("1", new LinkedHashSet<>(List.of(30L, 4L, 100L)));
        assertEquals("{\"#int:12345\":1.0,\"1\":[4,30,100],\"order_type\":\"Buy\"}", PyJson.canonical(m));
    }

    /** Every state in the golden and probe fixtures survives fromJson + canonical byte for byte. */
    @Test
    public void canonicalRoundTripsEveryFixtureState() throws IOException {
        int states = 0;
        for (String name : new String[] {"golden_base.jsonl", "golden_miss_func.jsonl",
                "golden_miss_param.jsonl", "golden_long_context.jsonl", "probes.jsonl"}) {
            try (BufferedReader r = Files.newBufferedReader(Bfcl.dir().resolve("fixtures").resolve(name),
                    StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    states += checkStates(JsonParser.parseString(line).getAsJsonObject());
                }
            }
        }
        assertTrue("states checked: " + states, states > 7000);
    }

    private static int checkStates(JsonObject entry) {
        int n = 0;
        if (entry.has("steps")) {
            for (JsonElement step : entry.getAsJsonArray("steps")) {
                n += check(step.getAsJsonObject().get("state").getAsString());
            }
            return n + check(entry.get("initial_state").getAsString());
        }
        for (JsonElement turn : entry.getAsJsonArray("turns")) {
            for (Map.Entry<String, JsonElement> e : turn.getAsJsonObject().getAsJsonObject("state").entrySet()) {
                n += check(e.getValue().getAsString());
            }
        }
        return n;
    }

    private static int check(String canonical) {
        assertEquals(canonical, PyJson.canonical(JsonValues.fromJson(canonical)));
        return 1;
    }
}
