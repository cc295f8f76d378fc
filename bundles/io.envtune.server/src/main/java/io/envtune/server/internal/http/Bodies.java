package io.envtune.server.internal.http;

import io.envtune.api.ChatMessage;
import java.util.List;
import java.util.Locale;

/** The request and response bodies of the API as records; Gson maps their components to JSON fields. */
final class Bodies {

    private Bodies() {
    }

    /**
     * {@code POST /v1/episodes} (the inline {@code task} object is decoded separately).
     *
     * @param taskId a known task id
     * @param stage a stage name or {@code current}
     * @param feedbackMode {@code standard} or {@code augmented}
     * @param promptVariant {@code A} or {@code B}
     * @param maxStepsPerTurn the per-turn step cap
     * @param emptyTurnCalls {@code execute} or {@code skip_with_warning}
     */
    record Start(String taskId, String stage, String feedbackMode, String promptVariant, Integer maxStepsPerTurn,
                 String emptyTurnCalls) {
    }

    /**
     * {@code POST /v1/episodes/{id}/step}.
     *
     * @param message the assistant's raw message
     */
    record Step(String message) {
    }

    /**
     * {@code POST /v1/curriculum/metrics}.
     *
     * @param step the global training step
     * @param rewardMean the mean training reward
     * @param gradNorm the gradient norm
     * @param validationAccuracy the validation accuracy, or null when none was measured
     */
    record Metrics(Long step, Double rewardMean, Double gradNorm, Double validationAccuracy) {
    }

    /**
     * A chat message with the role in lower case, as chat templates spell it.
     *
     * @param role system, user, assistant or tool
     * @param content the text
     */
    record Message(String role, String content) {
        static Message of(ChatMessage m) {
            return new Message(m.role().name().toLowerCase(Locale.ROOT), m.content());
        }

        static List<Message> all(List<ChatMessage> messages) {
            return messages.stream().map(Message::of).toList();
        }
    }

    /**
     * Every error body.
     *
     * @param error a stable code ({@code not_found}, {@code bad_request}, …)
     * @param message what went wrong
     * @param status the HTTP status
     */
    record Error(String error, String message, int status) {
    }
}
