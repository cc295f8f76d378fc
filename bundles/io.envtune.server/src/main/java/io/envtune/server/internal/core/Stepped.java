package io.envtune.server.internal.core;

import io.envtune.runtime.StepReply;

/**
 * The answer to one assistant message.
 *
 * @param episodeId the episode
 * @param reply the outcome, the next message, the turn score when a turn ended, and the done flag
 * @param turn the user turn the episode is in now (the turn count once done)
 * @param steps the steps taken so far
 */
public record Stepped(String episodeId, StepReply reply, int turn, int steps) {
}
