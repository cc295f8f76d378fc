package io.envtune.runtime.policy;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Policy;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays given responses in order, one per assistant message of the conversation (the k-th response answers the
 * conversation that already holds k-1 assistant messages); past the script it answers "done". Stateless and
 * thread-safe, so one instance can serve one episode's whole run.
 */
public final class ScriptedPolicy implements Policy {

    /** What the policy says once the script is exhausted. */
    public static final String DONE = "<think>Nothing more to do.</think>\n<answer>Done.</answer>";

    private final List<String> responses;

    /** @param responses the responses, in order */
    public ScriptedPolicy(List<String> responses) {
        this.responses = List.copyOf(responses);
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
        List<List<Completion>> out = new ArrayList<>();
        for (Conversation c : batch) {
            long said = c.messages().stream().filter(m -> m.role() == Role.ASSISTANT).count();
            String text = said < responses.size() ? responses.get((int) said) : DONE;
            List<Completion> n = new ArrayList<>();
            for (int i = 0; i < Math.max(1, params.n()); i++) {
                n.add(Completion.ofText(text));
            }
            out.add(n);
        }
        return out;
    }
}
