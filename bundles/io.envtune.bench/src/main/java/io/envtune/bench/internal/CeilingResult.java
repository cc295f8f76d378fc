package io.envtune.bench.internal;

/**
 * How many episode sessions one JVM holds open at once, and what each costs.
 *
 * @param requested sessions asked for
 * @param opened sessions actually opened (less than requested when the heap ran out)
 * @param heapBefore heap in use after GC before opening, in bytes
 * @param heapOpen heap in use after GC with every session open, or -1 when they did not fit
 * @param heapStepped heap in use after GC once every session took its first oracle step, or -1
 * @param heapAfter heap in use after GC once every session was closed and dropped
 * @param openSeconds time to open them all
 * @param liveSessions closed sessions still reachable after collecting (must be 0)
 * @param liveInstances their environment instances still reachable after collecting (must be 0)
 */
public record CeilingResult(int requested, int opened, long heapBefore, long heapOpen, long heapStepped,
                            long heapAfter, double openSeconds, int liveSessions, int liveInstances) {

    /** @return whether every requested session was open at once */
    public boolean fit() {
        return opened == requested && heapStepped >= 0;
    }

    /** @return heap bytes per freshly opened session, or -1 when they did not fit */
    public long bytesPerOpenSession() {
        return heapOpen < 0 ? -1 : (heapOpen - heapBefore) / requested;
    }

    /** @return heap bytes per session after its first step, or -1 when they did not fit */
    public long bytesPerSteppedSession() {
        return heapStepped < 0 ? -1 : (heapStepped - heapBefore) / requested;
    }
}
