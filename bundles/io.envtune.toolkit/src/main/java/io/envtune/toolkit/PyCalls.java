package io.envtune.toolkit;

import io.envtune.api.ToolCall;
import io.envtune.toolkit.internal.call.CallParser;
import io.envtune.toolkit.internal.call.JsonCalls;
import io.envtune.toolkit.value.PyException;

/**
 * Python call texts, for readers of ground truth and model output: a call text such as
 * {@code cd(folder='docs')} parsed into a {@link ToolCall} (literal and arithmetic arguments evaluated as Python
 * would, CPython's syntax-error texts), and a {@link ToolCall} written back as {@code name(k=repr(v), ...)}. To run
 * calls the way BFCL's executor does, use {@link CallExecutor}. Stateless and thread-safe.
 */
public final class PyCalls {

    private PyCalls() {
    }

    /**
     * @param text one call
     * @return the parsed call
     * @throws PyException with kind {@link FailureKind#SYNTAX_ERROR} for syntax errors and for inputs that are not one
     *         call of a plain name, or the first evaluation error of an argument ({@code name 'x' is not defined},
     *         a TypeError of an operator, …)
     */
    public static ToolCall parse(String text) {
        return CallParser.parse(text);
    }

    /**
     * @param call a call
     * @return the Python call string BFCL's FC decoding produces: {@code name(k1=repr(v1),k2=repr(v2))}
     *         (positional arguments, if any, first)
     */
    public static String toPython(ToolCall call) {
        return JsonCalls.toPython(call);
    }
}
