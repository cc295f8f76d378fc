package io.envtune.server.internal.openenv;

import com.google.gson.JsonArray;
import io.envtune.api.ChatMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the OpenEnv front sends, as records; {@link Wire} writes their components in snake case
 * ({@code turnEnded} is {@code turn_ended}).
 */
final class Views {

    private Views() {
    }

    /**
     * OpenEnv's result data, the answer to a reset or a step.
     *
     * @param observation the observation
     * @param reward the reward, or null after a reset
     * @param done whether the episode is over
     */
    record Result(Object observation, Double reward, boolean done) {
    }

    /**
     * A chat message, role in lower case as chat templates spell it.
     *
     * @param role system, user or assistant
     * @param content the text
     */
    record Message(String role, String content) {
        static List<Message> all(List<ChatMessage> messages) {
            return messages.stream().map(m -> new Message(m.role().name().toLowerCase(Locale.ROOT), m.content()))
                .toList();
        }
    }

    /**
     * The observation after a reset.
     *
     * @param messages the system prompt (with the tools documented) and the first user message
     * @param taskId the task
     * @param turns the task's user turns
     * @param tools the tools offered, OpenAI tools format
     * @param episodeId the server's episode id (HTTP clients send it with {@code /step} and {@code /state})
     * @param stage the stage played ({@code eval} without one)
     * @param mode {@code standard} or {@code augmented}
     */
    record ResetObservation(List<Message> messages, String taskId, int turns, JsonArray tools, String episodeId,
                            String stage, String mode) {
    }

    /**
     * The observation after a step.
     *
     * @param messages what the environment added: tool results, a format error, a hint or the next question (one
     *                 user message), or nothing when the episode ended
     * @param turnEnded whether the step ended a user turn
     * @param turnScore 1.0 or 0.0 for the turn that ended, else null
     * @param turn the user turn the episode is in now (the turn count once done)
     * @param outcome what the step did ({@code TOOLS_OK}, {@code FORMAT_ERROR}, {@code ANSWER}, …)
     * @param endReason why the episode ended early, or null
     */
    record StepObservation(List<Message> messages, boolean turnEnded, Double turnScore, int turn, String outcome,
                           String endReason) {
    }

    /**
     * One ended turn in the state's ledger.
     *
     * @param turn the turn index, from 0
     * @param score 1.0 when passed, else 0.0
     * @param passed whether the turn passed
     * @param reason why it failed, or an empty text
     * @param steps the assistant messages the turn took
     */
    record LedgerEntry(int turn, double score, boolean passed, String reason, int steps) {
    }

    /**
     * An episode's state (OpenEnv's {@code State}: {@code episode_id} and {@code step_count}, plus ours).
     *
     * @param episodeId the server's episode id, or null before a reset
     * @param stepCount steps taken
     * @param turn the user turn the episode is in now
     * @param turns the task's user turns
     * @param done whether the episode is over
     * @param taskId the task
     * @param stage the stage played
     * @param clientEpisodeId the {@code episode_id} the client gave at reset, or null
     * @param seed the seed the client gave at reset, or null
     * @param ledger one entry per ended turn
     * @param rewards {@code progress}, {@code success} and {@code format} so far
     * @param reward the episode's reward for its stage so far
     */
    record State(String episodeId, int stepCount, int turn, int turns, boolean done, String taskId, String stage,
                 String clientEpisodeId, Long seed, List<LedgerEntry> ledger, Map<String, Double> rewards,
                 Double reward) {

        /** @return the state of a connection without an episode, as OpenEnv's default state */
        static State none() {
            return new State(null, 0, 0, 0, false, null, null, null, null, List.of(), Map.of(), null);
        }
    }
}
