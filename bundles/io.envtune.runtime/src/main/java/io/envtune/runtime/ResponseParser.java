package io.envtune.runtime;

import io.envtune.api.ToolCall;
import io.envtune.runtime.internal.Tags;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strict parser of the paper's response format: exactly one {@code <think>…</think>}, then exactly one of
 * {@code <tool_call>[JSON list]</tool_call>} or {@code <answer>…</answer>}, nothing but whitespace outside the tags.
 * Every violation becomes a {@link ParsedResponse.FormatError} whose message is sent back to the model. Inside a
 * tool call, entries that are not objects or lack a string {@code name} are dropped and non-object
 * {@code arguments} become {@code {}}, as in the paper's released code. Stateless and thread-safe.
 */
public final class ResponseParser {

    /** Responses longer than this are rejected before any parsing (a hostile or runaway generation). */
    public static final int MAX_CHARS = 200_000;

    private static final Tags THINK = new Tags("think");
    private static final Tags CALL = new Tags("tool_call");
    private static final Tags ANSWER = new Tags("answer");

    private ResponseParser() {
    }

    /**
     * @param response the raw model text (null is a format error too)
     * @return the parsed response, with responses over {@link #MAX_CHARS} characters refused
     */
    public static ParsedResponse parse(String response) {
        return parse(response, MAX_CHARS);
    }

    /**
     * @param response the raw model text (null is a format error too)
     * @param maxChars the longest response parsed; a longer one is a format error naming the limit
     * @return the parsed response
     */
    public static ParsedResponse parse(String response, int maxChars) {
        if (response == null) {
            return new ParsedResponse.FormatError("Error: Model raw responses should not be None!");
        }
        if (response.length() > maxChars) {
            return new ParsedResponse.FormatError("Error: Response is longer than the limit of " + maxChars
                + " characters (limit: response length)");
        }
        int thinks = THINK.count(response);
        int calls = CALL.count(response);
        int answers = ANSWER.count(response);
        String problem = structureProblem(response, thinks, calls, answers);
        if (problem != null) {
            return new ParsedResponse.FormatError(problem);
        }
        if (answers == 1) {
            return new ParsedResponse.Answer(ANSWER.first(response).trim());
        }
        return decodeCalls(CALL.first(response));
    }

    private static String structureProblem(String response, int thinks, int calls, int answers) {
        if (thinks == 0) {
            return "Error: Missing <think></think> tags";
        }
        if (thinks > 1 || calls > 1 || answers > 1) {
            return "Error: Only one <think></think>, one <tool_call></tool_call> or one <answer></answer> pair is"
                + " allowed";
        }
        if (calls == 1 && answers == 1) {
            return "Error: Response must contain either <tool_call></tool_call> or <answer></answer>, not both";
        }
        if (calls == 0 && answers == 0) {
            return "Error: Response must contain either <tool_call></tool_call> or <answer></answer>";
        }
        String outside = ANSWER.removeAll(CALL.removeAll(THINK.removeAll(response)));
        if (!outside.isBlank()) {
            return "Error: Response must not contain text outside the required XML tags";
        }
        return null;
    }

    private static ParsedResponse decodeCalls(String body) {
        Object value;
        try {
            value = PyValues.fromJson(body.trim());
        } catch (IllegalArgumentException e) {
            return new ParsedResponse.FormatError("Error: Invalid JSON inside <tool_call>: " + e.getMessage());
        }
        // JSON null is one entry too (dropped below): List.of would throw on it.
        List<?> entries = value instanceof List<?> list ? list : Collections.singletonList(value);
        List<ToolCall> out = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> call && call.get("name") instanceof String name) {
                out.add(ToolCall.ofKeywords(name, arguments(call.get("arguments"))));
            }
        }
        return new ParsedResponse.Calls(out);
    }

    private static Map<String, Object> arguments(Object raw) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> args.put(String.valueOf(k), v));
        }
        return args;
    }
}
