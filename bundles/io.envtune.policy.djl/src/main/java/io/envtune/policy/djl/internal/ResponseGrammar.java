package io.envtune.policy.djl.internal;

import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The response format as a byte-level pushdown automaton: {@code <think>TEXT</think>} then either
 * {@code <tool_call>[{"name": TOOL, "arguments": {KEY: VALUE, …}}, …]</tool_call>} or
 * {@code <answer>TEXT</answer>},
 * whitespace allowed only between parts. TOOL is one of the offered tool names, KEY one of that tool's parameter
 * names (each at most once), VALUE any JSON value. Text parts may not contain {@code <} and are length-capped, so a
 * random model still closes its tags within a budget. A {@link GrammarState} is fed one byte at a time; decoding
 * masks every token whose bytes the current state rejects. Past its byte budget (6 times the string limit, 96 to 512) the tool-call JSON may only close
 * what is open, so every constrained response ends.
 */
public final class ResponseGrammar {

    final List<String> toolNames = new ArrayList<>();
    final List<List<String>> toolParams = new ArrayList<>();
    final int maxText;
    final int maxString;
    final int maxWs;
    final int maxDepth;
    final int maxJson;

    /**
     * @param tools the tools offered in this turn (none: only {@code <answer>} is allowed)
     * @param maxText the longest think or answer text, in bytes
     * @param maxString the longest JSON string, in bytes
     */
    public ResponseGrammar(List<ToolSpec> tools, int maxText, int maxString) {
        for (ToolSpec t : tools) {
            toolNames.add(t.name());
            List<String> params = new ArrayList<>();
            for (ToolParameter p : t.parameters()) {
                params.add(p.name());
            }
            if (params.size() > 63) {
                throw new IllegalArgumentException("tool " + t.name() + " has more than 63 parameters");
            }
            toolParams.add(params);
        }
        this.maxText = maxText;
        this.maxString = maxString;
        this.maxWs = 2;
        this.maxDepth = 4;
        // The whole call list must close within the token budget: scale its byte budget with the string limit.
        this.maxJson = Math.min(512, Math.max(96, 6 * maxString));
    }

    /**
     * @param tools the tools offered
     * @return a grammar with default limits (text 200 bytes, strings 64 bytes)
     */
    public static ResponseGrammar of(List<ToolSpec> tools) {
        return new ResponseGrammar(tools, 200, 64);
    }

    /** @return the state before the first byte */
    public GrammarState start() {
        return new GrammarState(this);
    }

    /**
     * Checks a whole text (for tests and diagnostics).
     *
     * @param text a response
     * @return whether it is complete and well-formed
     */
    public boolean accepts(String text) {
        GrammarState s = start();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (!s.accept(b & 0xff)) {
                return false;
            }
        }
        return s.done();
    }
}
