package io.envtune.api;

/**
 * One message of a conversation.
 *
 * @param role who wrote it
 * @param content the text; never null
 */
public record ChatMessage(Role role, String content) {
}
