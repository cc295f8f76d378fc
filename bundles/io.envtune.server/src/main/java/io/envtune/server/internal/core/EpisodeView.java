package io.envtune.server.internal.core;

import io.envtune.api.ChatMessage;
import io.envtune.api.ToolSpec;
import io.envtune.runtime.EpisodeConfig;
import java.util.List;

/**
 * A snapshot of one open episode.
 *
 * @param episodeId the episode id
 * @param taskId the task played
 * @param config how it is played
 * @param turns the task's user turns
 * @param steps the steps taken so far
 * @param done whether every turn has ended
 * @param messages the conversation, system prompt first
 * @param tools the tools offered now
 */
public record EpisodeView(String episodeId, String taskId, EpisodeConfig config, int turns, int steps, boolean done,
                          List<ChatMessage> messages, List<ToolSpec> tools) {
}
