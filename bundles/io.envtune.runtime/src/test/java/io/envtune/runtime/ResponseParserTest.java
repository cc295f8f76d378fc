package io.envtune.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ToolCall;
import java.util.List;
import org.junit.Test;

public class ResponseParserTest {

    private static String error(String text) {
        ParsedResponse p = ResponseParser.parse(text);
        assertTrue(String.valueOf(p), p instanceof ParsedResponse.FormatError);
        return ((ParsedResponse.FormatError) p).message();
    }

    @Test
    public void toolCallListIsDecodedKeepingNumberKinds() {
        ParsedResponse p = ResponseParser.parse("<think>go</think>\n<tool_call>[{\"name\": \"mv\", \"arguments\": "
            + "{\"source\": \"a\", \"n\": 1, \"x\": 1.0, \"ok\": true}}]</tool_call>");
        List<ToolCall> calls = ((ParsedResponse.Calls) p).calls();
        assertEquals(1, calls.size());
        assertEquals("mv", calls.get(0).name());
        assertEquals(1L, calls.get(0).kwargs().get("n"));
        assertEquals(1.0, calls.get(0).kwargs().get("x"));
        assertEquals(Boolean.TRUE, calls.get(0).kwargs().get("ok"));
    }

    @Test
    public void answerEndsTheTurn() {
        ParsedResponse p = ResponseParser.parse("  <think>done</think> <answer> All set. </answer>\n");
        assertEquals("All set.", ((ParsedResponse.Answer) p).text());
    }

    @Test
    public void entriesWithoutAStringNameAreDroppedAndBadArgumentsBecomeEmpty() {
        ParsedResponse p = ResponseParser.parse("<think>t</think><tool_call>[1, {\"name\": 3}, "
            + "{\"name\": \"pwd\", \"arguments\": [1]}]</tool_call>");
        List<ToolCall> calls = ((ParsedResponse.Calls) p).calls();
        assertEquals(1, calls.size());
        assertEquals("pwd", calls.get(0).name());
        assertTrue(calls.get(0).kwargs().isEmpty());
    }

    @Test
    public void everyFormatViolationHasItsMessage() {
        assertEquals("Error: Missing <think></think> tags", error("<answer>x</answer>"));
        assertTrue(error("<think>a</think><think>b</think><answer>x</answer>").contains("Only one"));
        assertTrue(error("<think>a</think><tool_call>[]</tool_call><answer>x</answer>").contains("not both"));
        assertTrue(error("<think>a</think>").contains("either"));
        assertEquals("Error: Response must not contain text outside the required XML tags",
            error("Sure! <think>a</think><answer>x</answer>"));
        assertTrue(error("<think>a</think><tool_call>[{\"name\": </tool_call>")
            .startsWith("Error: Invalid JSON inside <tool_call>: "));
        assertEquals("Error: Model raw responses should not be None!", error(null));
    }

    @Test
    public void hugeResponsesAreRejectedWithTheLimitNamed() {
        String huge = "<think>" + "x".repeat(ResponseParser.MAX_CHARS) + "</think><answer>a</answer>";
        assertTrue(error(huge).contains("limit: response length"));
    }
}
