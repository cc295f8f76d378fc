package io.envtune.policy.djl.internal;

import io.envtune.api.Conversation;
import java.util.List;

/**
 * One oracle episode as the episode protocol rendered it: for every assistant step, the conversation the policy was
 * shown (system prompt with the offered tools, questions, tool results, hints) and the oracle's response. The
 * warm start learns to answer each context with its response, exactly what RL will later ask of the model.
 *
 * @param id the episode id (task id, plus the prompt variant)
 * @param domain the task's first involved class, for reports
 * @param steps the assistant steps in order
 */
public record SftEpisode(String id, String domain, List<Step> steps) {

    /** Copies the list so the record stays immutable. */
    public SftEpisode {
        steps = List.copyOf(steps);
    }

    /**
     * One assistant step.
     *
     * @param context what the policy was shown, with the tools on offer
     * @param response the oracle's response text
     */
    public record Step(Conversation context, String response) {
    }
}
