package io.envtune.runtime;

import io.envtune.api.PromptVariant;

/**
 * The two system prompts of the paper (appendix F), in envtune's own words: variant A for stages 1-2, variant B
 * for stages 3-4 (adds "be resourceful" and "do not invent calls when something is missing").
 */
public final class SystemPrompts {

    private static final String ROLE = """
        You are an expert in composing functions. You are given a question and a set of possible functions. \
        Based on the question, make one or more function calls to achieve the purpose. If none of the functions \
        can be used, say so and decline. If the question lacks parameters that the functions require, say so.

        You have access to the following tools:
        %s

        Reply in exactly one of these two formats and write nothing outside the tags.

        Format 1, to call tools:
        <think> your reasoning </think>
        <tool_call>
        [{"name": "func_name1", "arguments": {"argument1": "value1", "argument2": "value2"}}, \
        {"name": "func_name2", "arguments": {"argument1": "value1"}}]
        </tool_call>

        Format 2, when the request is done, or when you must ask for missing information or decline:
        <think> your reasoning </think>
        <answer> a message for the user: a short summary if the request is done, otherwise exactly what is \
        missing, or why you decline </answer>

        Notes:
        - Use Format 1 to call tools; put every call of this step in one JSON list inside one <tool_call>.
        - Use Format 2 only when the request is complete or you must ask or decline.
        """;

    private static final String RESOURCEFUL = """
        - Be resourceful: before asking the user for missing information, check whether one of the available \
        functions can find it.
        - Prefer clarity to assumptions: if a needed function is not available, or a required parameter is missing \
        and no tool can retrieve it, do not make up a call; use Format 2 and ask for exactly what is missing.
        """;

    private SystemPrompts() {
    }

    /**
     * @param systemPrompt a system prompt this class rendered
     * @return whether it is variant B (the stages 3-4 prompt with "be resourceful")
     */
    public static boolean isResourceful(String systemPrompt) {
        return systemPrompt.endsWith(RESOURCEFUL);
    }

    /**
     * @param variant A or B
     * @param toolDocs the tool documentation to embed (a JSON list of function docs)
     * @return the system prompt
     */
    public static String render(PromptVariant variant, String toolDocs) {
        String base = ROLE.formatted(toolDocs);
        return variant == PromptVariant.B ? base + RESOURCEFUL : base;
    }
}
