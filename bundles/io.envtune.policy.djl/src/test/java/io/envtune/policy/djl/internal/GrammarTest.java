package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.policy.djl.TestTools;
import java.util.List;
import org.junit.Test;

public class GrammarTest {

    private final ResponseGrammar g = ResponseGrammar.of(TestTools.tools());

    @Test
    public void acceptsWellFormedResponses() {
        for (String ok : List.of(
                "<think>check the weather</think><tool_call>[{\"name\": \"get_weather\", \"arguments\": "
                        + "{\"city\": \"Paris\", \"unit\": \"celsius\"}}]</tool_call>",
                "<think></think>\n<tool_call>[{\"name\":\"ls\",\"arguments\":{}}, {\"name\": \"ls\", \"arguments\": "
                        + "{\"a\": true}}]</tool_call>",
                "<think>done</think> <answer>It is sunny.</answer>",
                "<think>x</think><tool_call>[]</tool_call>",
                "<think>n</think><tool_call>[{\"name\": \"get_weather\", \"arguments\": {\"city\": [1, -2.5e3, "
                        + "{\"k\": null}, \"\\u00e9\\n\"]}}]</tool_call>",
                "<think>n</think><tool_call>[{\"name\": \"get_weather\", \"arguments\": {\"city\": 0}}]</tool_call>")) {
            assertTrue(ok, g.accepts(ok));
        }
    }

    @Test
    public void rejectsMalformedResponses() {
        for (String bad : List.of(
                "<answer>no think</answer>",
                "<think>a</think>text<answer>b</answer>",
                "<think>a</think><tool_call>[{\"name\": \"rm\", \"arguments\": {}}]</tool_call>",
                "<think>a</think><tool_call>[{\"name\": \"ls\", \"arguments\": {\"b\": 1}}]</tool_call>",
                "<think>a</think><tool_call>[{\"name\": \"ls\", \"arguments\": {\"a\": 1, \"a\": 2}}]</tool_call>",
                "<think>a</think><tool_call>[{\"name\": \"ls\", \"arguments\": {\"a\": 01}}]</tool_call>",
                "<think>a</think><tool_call>[{\"name\": \"ls\"}]</tool_call>",
                "<think>a</think><answer>b</answer><answer>c</answer>",
                "<think>a<b</think><answer>c</answer>",
                "<think>a</think><answer>b")) {
            assertFalse(bad, g.accepts(bad));
        }
        assertFalse("no tools: no tool calls", ResponseGrammar.of(List.of()).accepts(
                "<think>a</think><tool_call>[]</tool_call>"));
    }

    @Test
    public void textIsLengthCapped() {
        ResponseGrammar small = new ResponseGrammar(TestTools.tools(), 5, 8);
        assertTrue(small.accepts("<think>12345</think><answer>ab</answer>"));
        assertFalse(small.accepts("<think>123456</think><answer>ab</answer>"));
    }
}
