package io.envtune.bfcl.internal;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Python {@code json.dumps} defaults. */
public final class JsonWriterTest {

    @Test
    public void writesWithPythonSeparatorsAndOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", List.of(true, false));
        map.put("n", null);
        map.put("e", List.of());
        map.put("m", Map.of());
        map.put("l", 12345678901L);
        assertEquals("{\"z\": 1, \"a\": [true, false], \"n\": null, \"e\": [], \"m\": {}, \"l\": 12345678901}",
            JsonWriter.write(map));
    }

    @Test
    public void escapesLikeEnsureAscii() {
        assertEquals("\"q\\\" b\\\\ \\n\\r\\t\\b\\f \\u0001 \\u007f \\u00e9 \\u2019 \\ud83d\\ude00 ~\"",
            JsonWriter.write("q\" b\\ \n\r\t\b\f \u0001 \u007f \u00e9 \u2019 \uD83D\uDE00 ~"));
    }

    @Test
    public void writesNullsInsideLists() {
        assertEquals("[null, \"x\"]", JsonWriter.write(Arrays.asList(null, "x")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsOtherTypes() {
        JsonWriter.write(1.5);
    }
}
