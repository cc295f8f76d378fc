package io.envtune.api;

import java.util.List;

/**
 * One user turn of a task, with what the ground truth does in it.
 *
 * @param messages the user messages of the turn; empty for a miss_func turn that only announces new tools
 * @param groundTruth the ground-truth calls in Python call syntax; empty when the model should call nothing
 * @param addedTools tools withheld until this turn (miss_func) and offered from it on; usually empty
 */
public record UserTurn(List<ChatMessage> messages, List<String> groundTruth, List<String> addedTools) {

    /** Copies the lists so the record stays immutable. */
    public UserTurn {
        messages = List.copyOf(messages);
        groundTruth = List.copyOf(groundTruth);
        addedTools = List.copyOf(addedTools);
    }
}
