package io.envtune.toolkit;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolFailure;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.internal.python.PyRepr;
import io.envtune.toolkit.internal.python.ResultText;
import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyException;
import java.util.Map;

/**
 * Runs one bound tool call the way BFCL's executor does: binding errors and the Python exceptions a tool raises
 * ({@link PyException}) become {@code "Error during execution: ..."} strings, return values become result strings,
 * failures are captured. Any other exception is a bug in the tool's Java code, not a Python error: it is thrown as a
 * {@link ToolFault} naming the tool, never dressed up as a Python error text.
 */
final class Invocation {

    /** The prefix BFCL's executor puts before {@code str(exception)}. */
    static final String ERROR_PREFIX = "Error during execution: ";

    private Invocation() {
    }

    static ToolResult unknownTool(String name) {
        return ToolResult.raised(ERROR_PREFIX + "name '" + name + "' is not defined",
                new ToolFailure(FailureKind.UNKNOWN_TOOL, name, null, name));
    }

    static ToolResult raised(String tool, PyException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return ToolResult.raised(ERROR_PREFIX + message, new ToolFailure(e.kind(), tool, e.parameter(), message));
    }

    static <S> ToolResult run(Signature signature, ToolFunction<S> function, S state, ToolCall call) {
        try {
            Object value = function.apply(state, signature.bind(call));
            return convert(call.name(), value);
        } catch (PyException e) {
            return raised(call.name(), e);
        } catch (NotSerializableException e) {
            // json.dumps of the return value raises TypeError in Python too, with this text.
            return raised(call.name(), new PyException(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ToolFault(signature.owner(), call.name(), e);
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
}
