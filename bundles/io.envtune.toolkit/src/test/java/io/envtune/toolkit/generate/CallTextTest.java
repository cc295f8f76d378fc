package io.envtune.toolkit.generate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.call.CallParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Ground-truth call text: Python literals that parse back to the same values. */
public class CallTextTest {

    @Test
    public void writesKeywordsAsPythonLiterals() {
        assertEquals("cd(folder='docs')", CallText.of("cd", "folder", "docs"));
        assertEquals("f(a=1, b=2.5, c=True, d=None, e=\"it's\", f=[1, 'x'], g={'k': 3.0})", CallText.of("f", "a", 1L,
            "b", 2.5, "c", true, "d", null, "e", "it's", "f", List.of(1L, "x"), "g", Map.of("k", 3.0)));
        assertEquals("g()", CallText.of("g"));
    }

    @Test
    public void parsesBackToTheSameCall() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("text", "line one\nline 'two' \"three\" \\ end");
        kwargs.put("numbers", new ArrayList<>(Arrays.asList(1L, -2L, 0.1, null)));
        kwargs.put("big", 12345678901234L);
        ToolCall call = new ToolCall("tool", List.of("pos", 7L), kwargs);
        String text = CallText.format(call);
        assertEquals("tool('pos', 7, text=", text.substring(0, 20));
        assertEquals(call, CallParser.parse(text));
    }

    @Test
    public void toolOfReadsTheName() {
        assertEquals("mv", CallText.toolOf("mv(source='a', destination='b')"));
        assertEquals("ls", CallText.toolOf(" ls "));
    }

    @Test
    public void unpairedArgumentsAreRefused() {
        try {
            CallText.of("f", "a");
            fail("accepted");
        } catch (IllegalArgumentException e) {
            assertEquals("names and values do not pair up: 1", e.getMessage());
        }
        try {
            CallText.of("f", 1, 2);
            fail("accepted");
        } catch (IllegalArgumentException e) {
            assertEquals("argument name is not a string: 1", e.getMessage());
        }
    }
}
