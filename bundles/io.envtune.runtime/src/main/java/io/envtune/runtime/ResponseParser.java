package io.envtune.runtime;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern THINK = Pattern.compile("<think>(.*?)</think>", Pattern.DOTALL);
    private static final Pattern CALL = Pattern.compile("<tool_call>(.*?)</tool_call>", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile("<answer>(.*?)</answer>", Pattern.DOTALL);

    private ResponseParser() {
    }

    /**
     * @param response the raw model text (null is a format error too)
     * @return the parsed response
     */
    public static ParsedResponse parse(String response) {
        if (response == null) {
            return new ParsedResponse.FormatError("Error: Model raw responses should not be None!");
        }
        if (response.length() > MAX_CHARS) {
            return new ParsedResponse.FormatError("Error: Response is longer than the limit of " + MAX_CHARS
                + " characters (limit: response length)");
        }
        int thinks = count(THINK, response);
        int calls = count(CALL, response);
        int answers = count(ANSWER, response);
        String problem = structureProblem(response, thinks, calls, answers);
        if (problem != null) {
            return new ParsedResponse.FormatError(problem);
        }
        if (answers == 1) {
            return new ParsedResponse.Answer(first(ANSWER, response).trim());
        }
        return decodeCalls(first(CALL, response));
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
        String outside = ANSWER.matcher(CALL.matcher(THINK.matcher(response).replaceAll("")).replaceAll(""))
            .replaceAll("");
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
        List<?> entries = value instanceof List<?> list ? list : List.of(value);
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

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : "";
    }
}
