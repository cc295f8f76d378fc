package io.envtune.runtime.isolation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.runtime.RolloutExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * A policy that fails on one conversation of a batch (a prompt it cannot render) ends only that episode; one that
 * fails on every conversation fails the rollout, as a crashed model server must.
 */
public class PolicyFailureIsolationTest {

    private static final Episodes EPISODES = new Episodes();

    /** Eight tasks with distinct first questions. */
    private static List<Task> tasks() {
        Map<String, Task> byQuestion = new LinkedHashMap<>();
        for (Task t : EPISODES.data.tasks()) {
            byQuestion.putIfAbsent(question(t), t);
            if (byQuestion.size() == 8) {
                break;
            }
        }
        return new ArrayList<>(byQuestion.values());
    }

    private static String question(Task t) {
        return t.turns().get(0).messages().get(0).content();
    }

    @Test
    public void aConversationThePolicyCannotHandleEndsOnlyItsOwnEpisode() {
        List<Task> tasks = tasks();
        String poison = question(tasks.get(3));
        Policy policy = new Answering(Set.of(poison));
        List<EpisodeRecord> records = run(tasks, policy);
        assertEquals(8, records.size());
        for (int i = 0; i < 8; i++) {
            EpisodeRecord r = records.get(i);
            if (i == 3) {
                assertTrue(String.valueOf(r.endReason()), r.endReason() != null
                        && r.endReason().startsWith("policy_error: ") && r.endReason().contains("cannot render"));
                assertTrue("no step was played", r.steps().isEmpty());
            } else {
                assertNull(r.taskId() + ": " + r.endReason(), r.endReason());
                assertTrue(r.taskId() + " played", !r.steps().isEmpty());
            }
        }
    }

    @Test
    public void aPolicyThatFailsOnEveryConversationFailsTheRollout() {
        List<Task> tasks = tasks();
        Set<String> all = new java.util.HashSet<>();
        tasks.forEach(t -> all.add(question(t)));
        try {
            run(tasks, new Answering(all));
            fail("a policy failing on every conversation did not fail the rollout");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("cannot render"));
        }
    }

    private static List<EpisodeRecord> run(List<Task> tasks, Policy policy) {
        try (RolloutExecutor executor = new RolloutExecutor(2, 8)) {
            List<EpisodeRecord> out = new ArrayList<>();
            executor.runAll(tasks, t -> policy, new RolloutExecutor.Plan(EPISODES.config(FeedbackMode.STANDARD),
                    EPISODES.real, Episodes.augmenters(), Episodes.SAMPLING, false)).forEach(r -> out.add(r.record()));
            return out;
        }
    }

    /** Answers every turn, but throws for any batch holding a conversation that asked one of the poisoned questions. */
    private static final class Answering implements Policy {
        private final Set<String> poisoned;

        Answering(Set<String> poisoned) {
            this.poisoned = poisoned;
        }

        @Override
        public String name() {
            return "answering";
        }

        @Override
        public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
            List<List<Completion>> out = new ArrayList<>();
            for (Conversation c : batch) {
                for (ChatMessage m : c.messages()) {
                    if (m.role() == Role.USER && poisoned.stream().anyMatch(q -> m.content().contains(q))) {
                        throw new IllegalStateException("chat template failed: cannot render this conversation");
                    }
                }
                out.add(List.of(Completion.ofText("<think>t</think><answer>a</answer>")));
            }
            return out;
        }
    }
}
