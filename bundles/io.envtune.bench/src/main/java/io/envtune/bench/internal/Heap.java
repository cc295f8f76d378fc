package io.envtune.bench.internal;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.List;

/** Heap measurements after full collections, and checks that objects become unreachable. Stateless. */
public final class Heap {

    private static final int GC_ROUNDS = 20;

    private Heap() {
    }

    /** @return heap bytes in use after a few explicit full collections */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** @return the milliseconds all garbage collectors have reported so far */
    public static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** @return the JVM's maximum heap in bytes */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Collects until every reference is cleared, or gives up after a fixed number of rounds.
     *
     * @param refs weak references to objects that should be garbage
     * @return how many are still reachable (0 when nothing is retained)
     */
    public static int liveAfterGc(List<? extends WeakReference<?>> refs) {
        int live = refs.size();
        for (int round = 0; round < GC_ROUNDS && live > 0; round++) {
            System.gc();
            live = (int) refs.stream().filter(r -> r.get() != null).count();
            if (live > 0) {
                pause();
            }
        }
        return live;
    }

    /**
     * @param lookup the lookup that created the instances
     * @return how many of its instances are still reachable after collecting (0 when nothing is retained)
     */
    public static int collectUntilCleared(TrackingLookup lookup) {
        int live = lookup.liveInstances();
        for (int round = 0; round < GC_ROUNDS && live > 0; round++) {
            System.gc();
            live = lookup.liveInstances();
            if (live > 0) {
                pause();
            }
        }
        return live;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
