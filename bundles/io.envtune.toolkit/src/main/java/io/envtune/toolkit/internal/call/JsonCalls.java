package io.envtune.toolkit.internal.call;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.python.PyRepr;
import java.util.Map;

/**
 * BFCL's FC decoding of model-side tool calls into Python call strings ({@code name(k=repr(v),...)}). The JSON of a
 * response's calls is decoded once, by the runtime's {@code ResponseParser}; this class only prints calls.
 */
public final class JsonCalls {

    private JsonCalls() {
    }

    /**
     * @param call a call
     * @return the Python call string BFCL's FC decoding produces: {@code name(k1=repr(v1),k2=repr(v2))}
     *         (positional arguments, if any, first)
     */
    public static String toPython(ToolCall call) {
        StringBuilder sb = new StringBuilder(call.name()).append('(');
        boolean first = true;
        for (Object arg : call.args()) {
            sb.append(first ? "" : ",");
            PyRepr.append(sb, arg);
            first = false;
        }
        for (Map.Entry<String, Object> e : call.kwargs().entrySet()) {
            sb.append(first ? "" : ",").append(e.getKey()).append('=');
            PyRepr.append(sb, e.getValue());
            first = false;
        }
        return sb.append(')').toString();
    }
}
