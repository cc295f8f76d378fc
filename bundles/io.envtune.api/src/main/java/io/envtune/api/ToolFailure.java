package io.envtune.api;

/**
 * The structured reason behind a failed tool result, read by {@link FeedbackAugmenter}s.
 *
 * @param kind the failure category
 * @param tool the tool name as called
 * @param parameter the parameter at fault, or null when none is
 * @param detail a short machine-oriented detail (the offending value, the missing name); never null
 */
public record ToolFailure(FailureKind kind, String tool, String parameter, String detail) {
}
