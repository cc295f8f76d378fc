package io.envtune.api;

/** The kind of event a {@link FeedbackAugmenter} is asked about. */
public enum FeedbackKind {
    /** The response broke the think/tool_call/answer format. */
    FORMAT_ERROR,
    /** A tool call failed; {@link FeedbackEvent#failure()} says why. */
    TOOL_FAILURE,
    /** The policy called tools in a turn whose ground truth is empty (a function or parameter is missing). */
    CALL_IN_EMPTY_TURN,
    /** The per-turn step cap was reached. */
    STEP_CAP_REACHED
}
