package io.envtune.api;

import java.util.List;

/**
 * A conversation to complete, with the tools on offer.
 *
 * @param messages the messages so far, system prompt first
 * @param tools the tools offered in this turn
 */
public record Conversation(List<ChatMessage> messages, List<ToolSpec> tools) {

    /** Copies the lists so the record stays immutable. */
    public Conversation {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
    }
}
