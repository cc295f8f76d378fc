package io.envtune.toolkit.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A call string cut into callee, top-level arguments and the text after the closing parenthesis, so a mutation can act
 * on one argument (its name or its value) and the rest stays well-formed. Cutting is tolerant: quotes and brackets are
 * tracked, and a string that is not a call at all has no shape.
 *
 * @param callee the text before the first parenthesis
 * @param args each top-level argument's text ({@code k=v} or {@code v}), as written
 * @param tail the text after the matching closing parenthesis
 */
public record CallShape(String callee, List<String> args, String tail) {

    /**
     * @param call a call string
     * @return its shape, or null when it has no parenthesis or the parenthesis is never closed
     */
    public static CallShape of(String call) {
        int open = call.indexOf('(');
        if (open < 0) {
            return null;
        }
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        char quote = 0;
        for (int i = open + 1; i < call.length(); i++) {
            char c = call.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                String arg = call.substring(start, i);
                if (!arg.isBlank() || c == ',') {
                    args.add(arg.strip());
                }
                if (c == ')') {
                    return new CallShape(call.substring(0, open), args, call.substring(i + 1));
                }
                start = i + 1;
            }
        }
        return null;
    }

    /** @return the call text again */
    public String text() {
        return callee + "(" + String.join(", ", args) + ")" + tail;
    }

    /**
     * @param i an argument index
     * @return its keyword, or null for a positional argument
     */
    public String keyword(int i) {
        String a = args.get(i);
        int eq = a.indexOf('=');
        if (eq <= 0 || a.startsWith("*")) {
            return null;
        }
        String name = a.substring(0, eq).strip();
        return name.chars().allMatch(c -> Character.isJavaIdentifierPart(c)) ? name : null;
    }

    /**
     * @param i an argument index
     * @return its value text
     */
    public String value(int i) {
        String k = keyword(i);
        return k == null ? args.get(i) : args.get(i).substring(args.get(i).indexOf('=') + 1).strip();
    }

    /**
     * @param i an argument index
     * @param value the new value text
     * @return a copy with that argument's value replaced, its keyword kept
     */
    public CallShape withValue(int i, String value) {
        String k = keyword(i);
        return withArg(i, k == null ? value : k + "=" + value);
    }

    /**
     * @param i an argument index
     * @param arg the new argument text
     * @return a copy with that argument replaced
     */
    public CallShape withArg(int i, String arg) {
        List<String> copy = new ArrayList<>(args);
        copy.set(i, arg);
        return new CallShape(callee, copy, tail);
    }

    /**
     * @param copy the new argument list
     * @return a copy with those arguments
     */
    public CallShape withArgs(List<String> copy) {
        return new CallShape(callee, copy, tail);
    }
}
