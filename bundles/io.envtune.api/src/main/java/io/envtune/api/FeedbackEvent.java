package io.envtune.api;

import java.util.List;

/**
 * What happened in a step, for augmenters.
 *
 * @param kind the event kind
 * @param call the call concerned, or null for events not tied to one call
 * @param failure the structured failure for {@link FeedbackKind#TOOL_FAILURE}, else null
 * @param message the raw message the environment produced (the BFCL string or the format error); never null
 * @param availableTools the tools offered in the current turn
 */
public record FeedbackEvent(FeedbackKind kind, ToolCall call, ToolFailure failure, String message,
                            List<ToolSpec> availableTools) {

    /** Copies the tool list so the record stays immutable. */
    public FeedbackEvent {
        availableTools = List.copyOf(availableTools);
    }
}
