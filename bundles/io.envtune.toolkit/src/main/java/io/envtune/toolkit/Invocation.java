package io.envtune.toolkit;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolFailure;
import io.envtune.api.ToolResult;
import java.util.Map;

/**
 * Runs one bound tool call the way BFCL's executor does: binding errors and exceptions become
 * {@code "Error during execution: ..."} strings, return values become result strings, failures are captured.
 */
final class Invocation {

    /** The prefix BFCL's executor puts before {@code str(exception)}. */
    static final String ERROR_PREFIX = "Error during execution: ";

    private Invocation() {
    }

    static ToolResult unknownTool(String name) {
        return new ToolResult(ERROR_PREFIX + "name '" + name + "' is not defined",
                new ToolFailure(FailureKind.UNKNOWN_TOOL, name, null, name));
    }

    static ToolResult raised(String tool, PyException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return new ToolResult(ERROR_PREFIX + message, new ToolFailure(e.kind(), tool, e.parameter(), message));
    }

    static <S> ToolResult run(Signature signature, ToolFunction<S> function, S state, ToolCall call) {
        try {
            Object value = function.apply(state, signature.bind(call));
            return convert(call.name(), value);
        } catch (PyException e) {
            return raised(call.name(), e);
        } catch (RuntimeException | StackOverflowError e) {
            return raised(call.name(), new PyException(pythonMessage(e)));
        }
    }

    private static ToolResult convert(String tool, Object value) {
        if (value instanceof Failed f) {
            String detail = f.detail() == null ? "" : f.detail();
            FailureKind kind = f.kind() == null ? FailureKind.INTERNAL : f.kind();
            return new ToolResult(ResultText.of(f.value()), new ToolFailure(kind, tool, f.parameter(), detail));
        }
        String text = ResultText.of(value);
        if (value instanceof Map<?, ?> map && map.containsKey("error")) {
            return new ToolResult(text,
                    new ToolFailure(FailureKind.INVALID_VALUE, tool, null, PyRepr.str(map.get("error"))));
        }
        return ToolResult.ok(text);
    }

    /** A Python-looking text for a Java exception that escaped a tool (a bug in the port, or an unforeseen input). */
    static String pythonMessage(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "maximum recursion depth exceeded";
        } else if (e instanceof ArithmeticException) {
            return "division by zero";
        } else if (e instanceof IndexOutOfBoundsException) {
            return "list index out of range";
        } else if (e instanceof ClassCastException) {
            return "unsupported operand type(s)";
        } else if (e instanceof NullPointerException) {
            return "'NoneType' object is not subscriptable";
        } else if (e instanceof PyJson.NotSerializableException) {
            return e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
