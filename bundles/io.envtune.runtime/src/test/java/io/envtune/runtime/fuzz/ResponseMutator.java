package io.envtune.runtime.fuzz;

import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import java.util.List;
import java.util.Random;

/**
 * Model responses in the paper's format ({@code <think>…</think>} then one {@code <tool_call>[…]</tool_call>} or
 * {@code <answer>…</answer>}), valid and damaged: tags missing, doubled, nested, unclosed, misspelt, out of order, text
 * outside them, thousands of unclosed tags, responses just under and over the length limit, random characters, and a
 * mutated JSON call list inside. Deterministic for a given {@link Random}.
 */
public final class ResponseMutator {

    private static final String THINK = "<think>I will call the tools.</think>\n";
    private static final List<String> FRAGMENTS = List.of("<think>", "</think>", "<tool_call>", "</tool_call>",
        "<answer>", "</answer>", "<THINK>", "< think >", "<think/>", "<tool_call >", "&lt;think&gt;", "<![CDATA[",
        "]]>", "<!-- -->", "```json\n", "```", "\n", " ", "text", "\u0000", "\ud800", "\u202e", "<", ">", "</",
        "<tool_call><tool_call>", "</answer></answer>");

    /** Whole tool-call bodies that are JSON but not a call list. */
    private static final List<String> ODD_BODIES = List.of("null", "1", "\"s\"", "true", "{}", "[]", "[null]",
        "{\"name\": null}", "[[]]", "[{\"name\": \"cd\", \"arguments\": null}]", "-0", "1e999", "NaN", " ", "");

    private final JsonCallMutator calls;

    /** @param calls the JSON call mutator */
    public ResponseMutator(JsonCallMutator calls) {
        this.calls = calls;
    }

    /**
     * @param r the case's random source
     * @param groundTruth the ground-truth calls of some turn (may be empty)
     * @return a response
     */
    public String next(Random r, List<String> groundTruth) {
        int kind = r.nextInt(100);
        if (kind < 3) {
            return Hostile.randomChars(r, r.nextInt(400));
        } else if (kind < 5) {
            return spam(r);
        } else if (kind < 7) {
            return sized(r);
        } else if (kind < 10) {
            return r.nextBoolean() ? "" : null;
        } else if (kind < 13) {
            return THINK + "<tool_call>" + Hostile.pick(r, ODD_BODIES) + "</tool_call>";
        }
        String response = kind < 25 ? THINK + "<answer>" + Hostile.content(r) + "</answer>"
            : THINK + "<tool_call>" + calls.mutated(r, groundTruth) + "</tool_call>";
        int damage = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < damage; i++) {
            response = damage(r, response);
        }
        return response;
    }

    /** Thousands of opening tags without their closing tags: a quadratic trap for a regex scanner. */
    private static String spam(Random r) {
        String unit = Hostile.pick(r, List.of("<think>", "<tool_call>", "<answer>", "<think></think>", "</think>"));
        int n = 1000 + r.nextInt(28_000);
        String body = unit.repeat(Math.min(n, 190_000 / unit.length()));
        return r.nextBoolean() ? body : THINK + body + "<answer>x</answer>";
    }

    /** Just under the length limit, just over it, or a megabyte. */
    private static String sized(Random r) {
        int size = Hostile.pick(r, List.of(199_900, 200_001, Hostile.MEGA));
        String filler = r.nextBoolean() ? "x" : "\u00e9\ud83d\ude00";
        String body = filler.repeat(size / filler.length());
        return THINK.replace("I will call the tools.", body) + "<answer>done</answer>";
    }

    private static String damage(Random r, String s) {
        int at = r.nextInt(s.length() + 1);
        int to = Math.min(s.length(), at + r.nextInt(40));
        return switch (r.nextInt(6)) {
            case 0 -> s.substring(0, at);
            case 1 -> s.substring(0, at) + Hostile.pick(r, FRAGMENTS) + s.substring(at);
            case 2 -> s.substring(0, at) + s.substring(to);
            case 3 -> s + Hostile.pick(r, List.of(s, THINK, "<answer>a</answer>", "trailing text", "<tool_call>[]"));
            case 4 -> s.replace(Hostile.pick(r, List.of("<think>", "</think>", "<tool_call>", "</tool_call>")), "");
            default -> Hostile.pick(r, List.of("text before ", "<answer>a</answer>", " ")) + s;
        };
    }
}
