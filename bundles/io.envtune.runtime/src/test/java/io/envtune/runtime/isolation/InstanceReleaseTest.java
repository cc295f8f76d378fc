package io.envtune.runtime.isolation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.RolloutExecutor;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Heap checks: once closed and dropped, no {@code EnvironmentInstance} and no {@link EpisodeSession} stays reachable —
 * not through a static cache, a registry, the executor's pool or a policy. Each test creates, runs, closes and drops,
 * then calls {@code System.gc()} until every weak reference clears, within a bound.
 */
public class InstanceReleaseTest {

    private static final int GC_ROUNDS = 60;

    private static Episodes episodes;

    @BeforeClass
    public static void load() {
        episodes = new Episodes();
    }

    @AfterClass
    public static void release() {
        episodes = null;
    }

    /** Every split, long context included, and both kinds of policy. */
    private static List<Task> sample(int n) {
        List<Task> all = episodes.data.tasks();
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(all.get((i * 37) % all.size()));
        }
        return out;
    }

    @Test
    public void sessionsAndTheirInstancesAreCollectedAfterClose() {
        CapturingLookup lookup = new CapturingLookup(episodes.real, Episodes.CLASSES);
        List<WeakReference<Object>> sessions = playAndDrop(lookup, 60, true);
        assertTrue(lookup.created() >= 120);
        assertEquals("instances not closed", lookup.created(), lookup.closed());
        awaitCollected("episode sessions", sessions);
        awaitCollected("environment instances", lookup.references());
    }

    @Test
    public void sessionsClosedBeforeTheirEndAreCollectedToo() {
        CapturingLookup lookup = new CapturingLookup(episodes.real, Episodes.CLASSES);
        List<WeakReference<Object>> sessions = playAndDrop(lookup, 60, false);
        assertEquals("instances not closed", lookup.created(), lookup.closed());
        awaitCollected("episode sessions", sessions);
        awaitCollected("environment instances", lookup.references());
    }

    @Test
    public void aRolloutRunRetainsNoInstanceNoPolicyAndNoSession() {
        CapturingLookup lookup = new CapturingLookup(episodes.real, Episodes.CLASSES);
        List<WeakReference<Object>> policies = new ArrayList<>();
        int rollouts = runAndDrop(lookup, policies, 300, false);
        assertEquals(300, rollouts);
        assertEquals("instances not closed", lookup.created(), lookup.closed());
        awaitCollected("environment instances", lookup.references());
        awaitCollected("policies", policies);
    }

    @Test
    public void aRolloutRunThatFailsMidwayClosesAndRetainsNothing() {
        CapturingLookup lookup = new CapturingLookup(episodes.real, Episodes.CLASSES);
        List<WeakReference<Object>> policies = new ArrayList<>();
        try {
            runAndDrop(lookup, policies, 200, true);
            fail("the failing policy did not fail the run");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("policy gave up"));
        }
        assertEquals("instances not closed", lookup.created(), lookup.closed());
        awaitCollected("environment instances", lookup.references());
        awaitCollected("policies", policies);
    }

    @Test
    public void theCheckSeesAnInstanceThatIsStillHeld() {
        CapturingLookup lookup = new CapturingLookup(episodes.real, Episodes.CLASSES);
        Task t = lookup.tag(sample(1).get(0), 0);
        EpisodeSession held = new EpisodeSession("held", t, episodes.config(FeedbackMode.STANDARD), lookup,
            Episodes.augmenters());
        held.close();
        try {
            awaitCollected("held instances", lookup.references(), 3);
            fail("an instance held by a live session was reported collected");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().contains("still reachable"));
        }
        // Keeps the session (and through it the instances) strongly reachable until the check is over.
        java.lang.ref.Reference.reachabilityFence(held);
    }

    /** Plays n sessions directly (to the end, or two steps and close), and returns weak references to them. */
    private static List<WeakReference<Object>> playAndDrop(CapturingLookup lookup, int n, boolean toTheEnd) {
        EpisodeConfig config = episodes.config(FeedbackMode.AUGMENTED);
        List<WeakReference<Object>> refs = new ArrayList<>();
        List<Task> tasks = sample(n);
        for (int i = 0; i < n; i++) {
            Task t = lookup.tag(tasks.get(i), i);
            Policy policy = episodes.policy(t, i, lookup);
            EpisodeSession s = new EpisodeSession("heap#" + i, t, config, lookup, Episodes.augmenters());
            refs.add(new WeakReference<>(s));
            for (int step = 0; !s.done() && (toTheEnd || step < 2); step++) {
                List<List<Completion>> c = policy.complete(List.of(new Conversation(s.messages(), s.tools())),
                    Episodes.SAMPLING);
                s.step(c.get(0).get(0).text());
            }
            s.record();
            s.close();
        }
        return refs;
    }

    /** Runs n episodes through an executor that is closed and dropped afterwards; returns the number of rollouts. */
    private static int runAndDrop(CapturingLookup lookup, List<WeakReference<Object>> policyRefs, int n,
                                  boolean failMidway) {
        List<Task> tasks = new ArrayList<>();
        Map<Task, Policy> policies = new IdentityHashMap<>();
        List<Task> sample = sample(n);
        for (int i = 0; i < n; i++) {
            Task t = lookup.tag(sample.get(i), i);
            tasks.add(t);
            Policy p = failMidway && i == n / 2 ? new GivingUp() : episodes.policy(t, i, lookup);
            policies.put(t, p);
            policyRefs.add(new WeakReference<>(p));
        }
        int[] count = {0};
        try (RolloutExecutor executor = new RolloutExecutor(4, 8)) {
            executor.run(tasks, policies::get, new RolloutExecutor.Plan(episodes.config(FeedbackMode.STANDARD),
                lookup, Episodes.augmenters(), Episodes.SAMPLING, true), r -> count[0]++);
        }
        policies.clear();
        tasks.clear();
        return count[0];
    }

    /** A policy that fails on its third call, as a crashed model server would. */
    private static final class GivingUp implements Policy {
        private int calls;

        @Override
        public String name() {
            return "giving-up";
        }

        @Override
        public List<List<Completion>> complete(List<Conversation> batch, SamplingParams params) {
            if (++calls >= 3) {
                throw new IllegalStateException("policy gave up");
            }
            List<List<Completion>> out = new ArrayList<>();
            batch.forEach(c -> out.add(List.of(Completion.ofText("<think>t</think><answer>a</answer>"))));
            return out;
        }
    }

    /** Calls the collector until every reference is cleared, or fails naming how many are still reachable. */
    static void awaitCollected(String what, List<WeakReference<Object>> refs) {
        awaitCollected(what, refs, GC_ROUNDS);
    }

    private static void awaitCollected(String what, List<WeakReference<Object>> refs, int rounds) {
        long alive = refs.size();
        for (int round = 0; round < rounds && alive > 0; round++) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[1 << 16];
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            alive = refs.stream().filter(r -> r.get() != null).count();
        }
        assertEquals(what + " still reachable after " + rounds + " collections, of " + refs.size(), 0, alive);
    }
}
