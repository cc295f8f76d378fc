package io.envtune.api;

/** Who wrote a chat message. */
public enum Role {
    /** The system prompt. */
    SYSTEM,
    /** The user, or the environment speaking as the user (questions, tool results, hints). */
    USER,
    /** The policy. */
    ASSISTANT,
    /** A tool result message, for chat formats that have one. */
    TOOL
}
