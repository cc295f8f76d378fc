package io.envtune.toolkit;

import io.envtune.api.ToolCall;
import io.envtune.api.ToolResult;

/**
 * Runs one bound tool call the way BFCL's executor does: binding errors and exceptions become
 * {@code "Error during execution: ..."} strings, return values become result strings, failures are captured.
 */
final class Invocation {

    private Invocation() {
    }

    static ToolResult unknownTool(String name) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    static <S> ToolResult run(Signature signature, ToolFunction<S> function, S state, ToolCall call) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
