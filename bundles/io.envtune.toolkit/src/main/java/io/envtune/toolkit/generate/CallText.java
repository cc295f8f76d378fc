package io.envtune.toolkit.generate;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.python.PyRepr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes ground-truth calls in BFCL's Python call syntax, {@code mv(source='a.txt', destination='b')}, every argument
 * printed with {@link PyRepr#repr} so it reads back through the toolkit's call parser to the same values. Stateless.
 */
public final class CallText {

    private CallText() {
    }

    /**
     * A call with keyword arguments.
     *
     * @param tool the tool name
     * @param namesAndValues argument name, value, name, value, … (values in the Python value model)
     * @return the call text
     * @throws IllegalArgumentException when the names and values do not pair up or a name is not a string
     */
    public static String of(String tool, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values do not pair up: " + namesAndValues.length);
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("argument name is not a string: " + namesAndValues[i]);
            }
            kwargs.put(name, namesAndValues[i + 1]);
        }
        return format(ToolCall.ofKeywords(tool, kwargs));
    }

    /**
     * @param call a call
     * @return its text: positional arguments first, then keywords, separated by {@code ", "}
     */
    public static String format(ToolCall call) {
        StringBuilder sb = new StringBuilder(call.name()).append('(');
        String sep = "";
        for (Object arg : call.args()) {
            sb.append(sep);
            PyRepr.append(sb, arg);
            sep = ", ";
        }
        for (Map.Entry<String, Object> e : call.kwargs().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=');
            PyRepr.append(sb, e.getValue());
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    /**
     * @param callText a call in Python syntax
     * @return the tool name, the text before the first {@code (}
     */
    public static String toolOf(String callText) {
        int paren = callText.indexOf('(');
        return (paren < 0 ? callText : callText.substring(0, paren)).trim();
    }
}
