package io.envtune.bench.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeSession;
import io.envtune.runtime.policy.OraclePolicy;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The concurrency ceiling: opens N {@link EpisodeSession}s at once (every BFCL task, cycled), measures the heap after
 * GC, lets each take its first oracle step, measures again, then closes them all and checks with weak references
 * that neither the sessions nor their instances stay reachable. An {@link OutOfMemoryError} is caught and reported
 * as "did not fit". Not thread-safe.
 */
public final class Ceiling {

    private static final SamplingParams ONE = new SamplingParams(1, 0, 1, 0, 512, List.of(), 1);

    private final BenchData data;

    /** @param data the data set and environments */
    public Ceiling(BenchData data) {
        this.data = data;
    }

    /**
     * @param n sessions to hold open at once
     * @return what it cost
     */
    public CeilingResult measure(int n) {
        TrackingLookup lookup = new TrackingLookup(data.lookup());
        EpisodeConfig config = EpisodeConfig.evaluation(data.dataDir());
        List<Task> all = data.tasks("all");
        long before = Heap.usedAfterGc();
        EpisodeSession[] open = new EpisodeSession[n];
        int opened = 0;
        long heapOpen = -1;
        long heapStepped = -1;
        long t0 = System.nanoTime();
        try {
            for (; opened < n; opened++) {
                open[opened] = new EpisodeSession("ceiling#" + opened, all.get(opened % all.size()), config, lookup,
                    AugmenterChain.EMPTY);
            }
            heapOpen = Heap.usedAfterGc();
            Arrays.stream(open).forEach(this::firstStep);
            heapStepped = Heap.usedAfterGc();
        } catch (OutOfMemoryError e) {
            // The ceiling was reached: report how far it got, after releasing everything below.
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<WeakReference<EpisodeSession>> refs = release(open, opened);
        int liveSessions = Heap.liveAfterGc(refs);
        int liveInstances = Heap.collectUntilCleared(lookup);
        return new CeilingResult(n, opened, before, heapOpen, heapStepped, Heap.usedAfterGc(), seconds, liveSessions,
            liveInstances);
    }

    private void firstStep(EpisodeSession s) {
        if (!s.done()) {
            OraclePolicy oracle = new OraclePolicy(s.task(), data.lookup());
            List<List<Completion>> reply = oracle.complete(List.of(new Conversation(s.messages(), s.tools())), ONE);
            s.step(reply.get(0).get(0).text());
        }
    }

    private static List<WeakReference<EpisodeSession>> release(EpisodeSession[] open, int opened) {
        List<WeakReference<EpisodeSession>> refs = new ArrayList<>(opened);
        for (int i = 0; i < opened; i++) {
            refs.add(new WeakReference<>(open[i]));
            open[i].close();
            open[i] = null;
        }
        return refs;
    }
}
