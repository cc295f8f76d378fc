package io.envtune.runtime;

import io.envtune.api.ToolCall;
import java.util.List;

/**
 * A model response read by the strict response parser: a tool-call step, an answer, or a format error.
 */
public sealed interface ParsedResponse {

    /**
     * A {@code <tool_call>} step.
     *
     * @param calls the decoded calls in order; empty when the list was empty or had no usable entry (ends the turn)
     */
    record Calls(List<ToolCall> calls) implements ParsedResponse {
        /** Copies the list so the record stays immutable. */
        public Calls {
            calls = List.copyOf(calls);
        }
    }

    /**
     * An {@code <answer>} that ends the user turn.
     *
     * @param text the answer text, trimmed
     */
    record Answer(String text) implements ParsedResponse {
    }

    /**
     * A format violation; the message goes back to the model as the next observation.
     *
     * @param message the error message shown to the model
     */
    record FormatError(String message) implements ParsedResponse {
    }
}
