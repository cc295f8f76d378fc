package io.envtune.toolkit;

import io.envtune.api.ToolCall;
import java.util.List;

/**
 * Model-side tool calls as JSON ({@code [{"name": ..., "arguments": {...}}]}) and BFCL's FC decoding of them into
 * Python call strings ({@code name(k=repr(v),...)}). JSON numbers keep their kind: {@code 1} is an int, {@code 1.0} a
 * float.
 */
public final class JsonCalls {

    private JsonCalls() {
    }

    /**
     * @param json a JSON array of call objects (or one call object)
     * @return the calls in order
     * @throws IllegalArgumentException with a clear message when the JSON is malformed or not calls
     */
    public static List<ToolCall> parse(String json) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param call a call
     * @return the Python call string BFCL's FC decoding produces: {@code name(k1=repr(v1),k2=repr(v2))}
     */
    public static String toPython(ToolCall call) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
