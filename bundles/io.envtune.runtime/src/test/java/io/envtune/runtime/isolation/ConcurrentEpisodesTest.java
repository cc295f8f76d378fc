package io.envtune.runtime.isolation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.Task;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Thousands of episodes at once over the same tasks — every BFCL task several times, half of the episodes with the
 * oracle and half with mutated scripts, in augmented mode — through the {@link RolloutExecutor}, against the same
 * episodes played one at a time: every record and every final canonical state (model and ground-truth side, every
 * class) must be identical, and every instance must have been closed. {@code -Denvtune.isolation.copies=N} sets how
 * many times each task is played (default 3: 2,400 concurrent episodes).
 */
public class ConcurrentEpisodesTest {

    private static Episodes episodes;

    @BeforeClass
    public static void load() {
        episodes = new Episodes();
    }

    @AfterClass
    public static void release() {
        episodes = null;
    }

    @Test
    public void concurrentEpisodesEndExactlyAsWhenPlayedOneByOne() {
        List<Task> base = episodes.data.tasks();
        int count = base.size() * Integer.getInteger("envtune.isolation.copies", 3);
        EpisodeConfig config = episodes.config(FeedbackMode.AUGMENTED);
        long t0 = System.nanoTime();
        CapturingLookup concurrent = new CapturingLookup(episodes.real, Episodes.CLASSES);
        List<EpisodeRecord> together = concurrently(base, count, config, concurrent);
        long t1 = System.nanoTime();
        CapturingLookup sequential = new CapturingLookup(episodes.real, Episodes.CLASSES);
        List<EpisodeRecord> alone = oneByOne(base, count, config, sequential);
        long t2 = System.nanoTime();
        int differ = 0;
        for (int i = 0; i < count; i++) {
            differ += together.get(i).equals(alone.get(i)) ? 0 : 1;
        }
        assertEquals(differ + " of " + count + " records differ", 0, differ);
        assertEquals(sequential.finalStates().size(), concurrent.finalStates().size());
        assertEquals("final canonical states", sequential.finalStates(), concurrent.finalStates());
        assertEquals("instances not closed", concurrent.created(), concurrent.closed());
        assertTrue(concurrent.created() >= 2 * count);
        System.out.printf("Isolation: %d concurrent episodes (%d instances, %d final states) = one by one; "
                + "%.1f s concurrent (4 threads), %.1f s one by one%n", count, concurrent.created(),
            concurrent.finalStates().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    private static List<EpisodeRecord> concurrently(List<Task> base, int count, EpisodeConfig config,
                                                    CapturingLookup lookup) {
        List<Task> tasks = new ArrayList<>();
        Map<Task, Policy> policies = new IdentityHashMap<>();
        for (int i = 0; i < count; i++) {
            Task t = lookup.tag(base.get(i % base.size()), i);
            tasks.add(t);
            policies.put(t, episodes.policy(t, i, lookup));
        }
        try (RolloutExecutor executor = new RolloutExecutor(4, 16)) {
            RolloutExecutor.Plan plan = new RolloutExecutor.Plan(config, lookup, Episodes.augmenters(),
                Episodes.SAMPLING, false);
            List<EpisodeRecord> out = new ArrayList<>();
            for (Rollout r : executor.runAll(tasks, policies::get, plan)) {
                out.add(Episodes.normalized(r.record()));
            }
            return out;
        }
    }

    private static List<EpisodeRecord> oneByOne(List<Task> base, int count, EpisodeConfig config,
                                                CapturingLookup lookup) {
        List<EpisodeRecord> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Task t = lookup.tag(base.get(i % base.size()), i);
            Policy policy = episodes.policy(t, i, lookup);
            try (EpisodeSession s = new EpisodeSession("-", t, config, lookup, Episodes.augmenters())) {
                while (!s.done()) {
                    List<List<Completion>> c = policy.complete(List.of(new Conversation(s.messages(), s.tools())),
                        Episodes.SAMPLING);
                    s.step(c.get(0).get(0).text());
                }
                out.add(Episodes.normalized(s.record()));
            }
        }
        return out;
    }
}
