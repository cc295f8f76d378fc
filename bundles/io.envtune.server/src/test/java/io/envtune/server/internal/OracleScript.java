package io.envtune.server.internal;

import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.policy.OraclePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The oracle's messages for one task, taken from {@link OraclePolicy} so a client over HTTP sends exactly what the
 * in-process oracle sends: per turn the opening message (the ground-truth calls in the paper's format, or the
 * "something is missing" answer for an empty turn), and the closing answer sent after an observation.
 *
 * @param taskId the task
 * @param openers the first message of each turn
 * @param closer the answer after tool results
 */
public record OracleScript(String taskId, List<String> openers, String closer) {

    private static final SamplingParams ONE = new SamplingParams(1, 0, 1, 0, 512, List.of(), 1);

    /**
     * @param task a task
     * @param lookup its environments (for the parameter names of positional ground-truth arguments)
     * @return the script
     */
    public static OracleScript of(Task task, Function<String, ToolEnvironment> lookup) {
        OraclePolicy oracle = new OraclePolicy(task, lookup);
        List<String> openers = new ArrayList<>();
        List<ChatMessage> conversation = new ArrayList<>(List.of(new ChatMessage(Role.SYSTEM, "s")));
        for (int t = 0; t < task.turns().size(); t++) {
            conversation.add(new ChatMessage(Role.USER, "question " + t));
            openers.add(ask(oracle, conversation));
        }
        List<ChatMessage> afterResults = List.of(new ChatMessage(Role.SYSTEM, "s"), new ChatMessage(Role.USER, "q"),
            new ChatMessage(Role.ASSISTANT, "a"), new ChatMessage(Role.USER, "<tool_response>\n[]"));
        return new OracleScript(task.id(), openers, ask(oracle, afterResults));
    }

    private static String ask(OraclePolicy oracle, List<ChatMessage> messages) {
        return oracle.complete(List.of(new Conversation(messages, List.of())), ONE).get(0).get(0).text();
    }

    /**
     * The oracle's next message.
     *
     * @param turn the turn the episode is in
     * @param afterObservation whether the last environment message was an observation within the turn
     * @return what to send
     */
    public String next(int turn, boolean afterObservation) {
        return afterObservation || turn >= openers.size() ? closer : openers.get(turn);
    }
}
