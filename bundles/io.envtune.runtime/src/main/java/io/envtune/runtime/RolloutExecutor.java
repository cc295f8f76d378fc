package io.envtune.runtime;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.TrainingSegment;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plays many episodes at once against policies, in lock-step rounds: every open episode's conversation goes to its
 * policy (one batched call per policy and chunk), then every episode takes its step. Episodes are isolated (own
 * instances, own record) and released as soon as they end; only a bounded thread pool runs, so thousands of open
 * episodes cost memory for their state, not threads. Environment code runs on the executor's {@link ToolCallRunner}
 * under the tool-call time limit, so an environment that hangs ends its own episode (with a reason in its record)
 * while the others go on. Thread-safe; one run at a time per executor is the usual use.
 */
public final class RolloutExecutor implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RolloutExecutor.class.getName());

    private final ExecutorService pool;
    private final ToolCallRunner calls;
    private final int threads;
    private final int maxBatch;

    /**
     * @param threads worker threads (at least 1)
     * @param maxBatch the largest batch sent to a policy in one call
     */
    public RolloutExecutor(int threads, int maxBatch) {
        this.threads = Math.max(1, threads);
        this.maxBatch = Math.max(1, maxBatch);
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "envtune-rollout");
            t.setDaemon(true);
            return t;
        });
        // Each worker runs one call at a time; the rest is room for calls abandoned at their time limit.
        this.calls = new ToolCallRunner(this.threads + 64);
    }

    /**
     * What to run.
     *
     * @param config how episodes are played
     * @param lookup the environment of each class id
     * @param augmenters the hint chain
     * @param sampling sampling parameters for every policy call (n is forced to 1: one response per step)
     * @param keepSegments whether to keep each response with its context (for training)
     * @param trajectoryTokens the most tokens the policy may generate over a whole episode (the paper's
     *                         {@code max_response_length}), 0 for no such bound; see {@link #run}
     */
    public record Plan(EpisodeConfig config, Function<String, ToolEnvironment> lookup, AugmenterChain augmenters,
                       SamplingParams sampling, boolean keepSegments, int trajectoryTokens) {

        /** Rejects a negative budget. */
        public Plan {
            if (trajectoryTokens < 0) {
                throw new IllegalArgumentException("trajectoryTokens must be >= 0 (0: none), was " + trajectoryTokens);
            }
        }

        /**
         * A plan without a trajectory budget (each response still has {@link SamplingParams#maxNewTokens()}).
         *
         * @param config how episodes are played
         * @param lookup the environment of each class id
         * @param augmenters the hint chain
         * @param sampling sampling parameters for every policy call
         * @param keepSegments whether to keep each response with its context
         */
        public Plan(EpisodeConfig config, Function<String, ToolEnvironment> lookup, AugmenterChain augmenters,
                    SamplingParams sampling, boolean keepSegments) {
            this(config, lookup, augmenters, sampling, keepSegments, 0);
        }
    }

    /**
     * Plays one episode per task.
     *
     * <p>With a trajectory budget ({@link Plan#trajectoryTokens()} &gt; 0) each episode counts the tokens its policy
     * generated (the completions' token ids; policies that report none, such as remote or scripted ones, are not
     * bounded). A policy call asks for at most the per-response budget and at most the largest budget left among
     * the episodes it serves. A response that goes over its episode's budget, or that the cut ended exactly at it,
     * used the budget up: it is recorded but not played, and the episode ends
     * ({@link EpisodeSession#exhaust(String)}), so the turn in progress and the later ones count as failed, as turns
     * a length-truncated rollout never closed count in the paper's progress reward.
     *
     * @param tasks the tasks (a task may appear several times, e.g. a GRPO group)
     * @param policies the policy for each task's episode (the same instance for all, or one per episode)
     * @param plan how to play
     * @param sink receives each rollout as soon as its episode ends (called from worker threads)
     * @throws IllegalStateException when a policy fails (a batch whose conversations all fail alone too; one that
     *         fails only on some conversations ends just their episodes, reason {@code policy_error: …}); every open
     *         episode is closed first
     */
    public void run(List<Task> tasks, Function<Task, Policy> policies, Plan plan, Consumer<Rollout> sink) {
        List<Live> live = open(tasks, policies, plan, sink);
        try {
            for (long round = 0; !live.isEmpty(); round++) {
                round(live, plan, round);
                List<Live> next = new ArrayList<>();
                for (Live l : live) {
                    if (l.session.done()) {
                        sink.accept(l.finish());
                    } else {
                        next.add(l);
                    }
                }
                live = next;
            }
        } finally {
            live.forEach(l -> l.session.close());
        }
    }

    /**
     * Plays one episode per task and collects the rollouts in task order.
     *
     * @param tasks the tasks
     * @param policies the policy for each task's episode
     * @param plan how to play
     * @return the rollouts, in task order
     */
    public List<Rollout> runAll(List<Task> tasks, Function<Task, Policy> policies, Plan plan) {
        Rollout[] out = new Rollout[tasks.size()];
        run(tasks, policies, plan, r -> out[indexOf(r.record().episodeId())] = r);
        return List.of(out);
    }

    /** Episode ids are {@code <run>#<task index>}. */
    private static int indexOf(String episodeId) {
        return Integer.parseInt(episodeId.substring(episodeId.lastIndexOf('#') + 1));
    }

    /**
     * Opens every episode. One that cannot open (its environment is missing, rejects the scenario, throws or hangs
     * while opening) ends at once as a rollout with no steps whose record says why, so one broken environment costs
     * its own episodes, not the whole batch.
     */
    private List<Live> open(List<Task> tasks, Function<Task, Policy> policies, Plan plan, Consumer<Rollout> sink) {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        List<Live> live = new ArrayList<>();
        try {
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                String id = runId + "#" + i;
                EpisodeSession s;
                try {
                    s = new EpisodeSession(new EpisodeSession.Setup(id, t, plan.config(), plan.lookup()),
                        plan.augmenters(), calls);
                } catch (RuntimeException e) {
                    sink.accept(unopened(id, t, plan.config(), e));
                    continue;
                }
                live.add(new Live(s, policies.apply(t), plan.keepSegments(), plan.trajectoryTokens()));
            }
        } catch (RuntimeException e) {
            live.forEach(l -> l.session.close());
            throw e;
        }
        return live;
    }

    private static Rollout unopened(String id, Task t, EpisodeConfig config, RuntimeException e) {
        String reason = "the episode could not start: " + (e.getMessage() == null ? e.getClass().getSimpleName()
            : e.getMessage());
        LOG.log(System.Logger.Level.WARNING, "envtune: episode " + id + " (task " + t.id() + "): " + reason);
        return new Rollout(new EpisodeRecord(id, t.id(), config.stage(), config.feedbackMode(), Map.of(), List.of(),
            List.of(), t.turns().size(), reason), List.of());
    }

    private void round(List<Live> live, Plan plan, long round) {
        Map<Policy, List<Live>> groups = new IdentityHashMap<>();
        for (Live l : live) {
            if (l.left() <= 0) {
                l.session.exhaust(null);
            } else {
                groups.computeIfAbsent(l.policy, p -> new ArrayList<>()).add(l);
            }
        }
        List<Future<?>> work = new ArrayList<>();
        long call = 0;
        for (Map.Entry<Policy, List<Live>> g : groups.entrySet()) {
            List<Live> members = g.getValue();
            for (int from = 0; from < members.size(); from += maxBatch) {
                List<Live> chunk = members.subList(from, Math.min(members.size(), from + maxBatch));
                // Every policy call gets its own seed: identical prompts (a GRPO group) must not share samples.
                SamplingParams params = callParams(plan.sampling(), round, call++, chunk);
                work.add(pool.submit(() -> stepChunk(g.getKey(), chunk, params)));
            }
        }
        await(work);
    }

    private static void stepChunk(Policy policy, List<Live> chunk, SamplingParams params) {
        List<Conversation> batch = new ArrayList<>(chunk.size());
        chunk.forEach(l -> batch.add(new Conversation(l.session.messages(), l.session.tools())));
        List<List<Completion>> completions;
        try {
            completions = complete(policy, batch, params);
        } catch (RuntimeException e) {
            if (chunk.size() == 1) {
                throw e;
            }
            isolate(policy, chunk, batch, params, e);
            return;
        }
        for (int i = 0; i < chunk.size(); i++) {
            chunk.get(i).step(batch.get(i), completions.get(i).get(0));
        }
    }

    private static List<List<Completion>> complete(Policy policy, List<Conversation> batch, SamplingParams params) {
        List<List<Completion>> completions = policy.complete(batch, params);
        if (completions.size() != batch.size()) {
            throw new IllegalStateException("policy " + policy.name() + " returned " + completions.size()
                + " results for " + batch.size() + " conversations");
        }
        return completions;
    }

    /**
     * A batch failed: each conversation is asked alone, so one the policy cannot handle (say, a prompt it cannot
     * render) ends only its own episode, with the policy's message as its end reason. If no conversation succeeds
     * alone, the policy itself is failing (a crashed server) and so does the rollout, with the batch's error: ending
     * every episode instead would hand the trainer a batch of empty episodes as if they were real.
     */
    private static void isolate(Policy policy, List<Live> chunk, List<Conversation> batch, SamplingParams params,
                                RuntimeException batchFailure) {
        List<Completion> alone = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Conversation c : batch) {
            try {
                alone.add(complete(policy, List.of(c), params).get(0).get(0));
                errors.add(null);
            } catch (RuntimeException e) {
                alone.add(null);
                errors.add(String.valueOf(e.getMessage()));
            }
        }
        if (alone.stream().allMatch(java.util.Objects::isNull)) {
            throw batchFailure;
        }
        for (int i = 0; i < chunk.size(); i++) {
            if (alone.get(i) != null) {
                chunk.get(i).step(batch.get(i), alone.get(i));
            } else {
                chunk.get(i).session.abort("policy_error: " + errors.get(i));
            }
        }
    }

    /**
     * Waits for every chunk, even after one failed: the caller closes every open episode next, and a chunk still
     * stepping its episodes on a worker would otherwise race with that close.
     */
    private static void await(List<Future<?>> work) {
        RuntimeException failure = null;
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                work.forEach(w -> w.cancel(true));
                throw new IllegalStateException("rollout interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = new IllegalStateException("rollout failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static SamplingParams callParams(SamplingParams p, long round, long call, List<Live> chunk) {
        long seed = p.seed() * 1_000_003L + round * 65_537L + call;
        long left = chunk.stream().mapToLong(Live::left).max().orElse(Long.MAX_VALUE);
        int budget = (int) Math.min(p.maxNewTokens(), left);
        return new SamplingParams(1, p.temperature(), p.topP(), p.topK(), budget, p.stop(), seed);
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /** @return the runner of this executor's environment code (for its timeout counts) */
    public ToolCallRunner toolCalls() {
        return calls;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        calls.close();
    }

    /** One open episode with its policy, its trajectory budget and, when kept, its segments. */
    private static final class Live {
        private final EpisodeSession session;
        private final Policy policy;
        private final List<TrainingSegment> segments;
        private final int budget;
        private long used;

        Live(EpisodeSession session, Policy policy, boolean keepSegments, int budget) {
            this.session = session;
            this.policy = policy;
            this.segments = keepSegments ? new ArrayList<>() : null;
            this.budget = budget;
        }

        /** @return the tokens this episode may still generate; {@link Long#MAX_VALUE} without a budget */
        long left() {
            return budget == 0 ? Long.MAX_VALUE : budget - used;
        }

        void step(Conversation context, Completion completion) {
            if (segments != null) {
                segments.add(new TrainingSegment(context, completion));
            }
            used += completion.tokenIds().size();
            if (budget > 0 && (used > budget || used == budget && completion.truncated())) {
                session.exhaust(completion.text());
            } else {
                session.step(completion.text());
            }
        }

        Rollout finish() {
            Rollout r = new Rollout(session.record(), segments == null ? List.of() : segments);
            session.close();
            return r;
        }
    }
}
