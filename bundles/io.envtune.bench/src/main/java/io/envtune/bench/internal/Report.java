package io.envtune.bench.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** Prints the header, the throughput table and the ceiling table of the bench command. Stateless. */
public final class Report {

    private static final double MB = 1024.0 * 1024.0;

    private Report() {
    }

    /**
     * @param out where to print
     * @param options the options in force
     */
    public static void header(PrintStream out, Options options) {
        out.println("envtune bench: Java " + System.getProperty("java.version") + ", "
            + Runtime.getRuntime().availableProcessors() + " cores, max heap "
            + String.format(Locale.ROOT, "%.0f MB", Heap.max() / MB) + ", data " + options.dataDir());
        out.println("Figures on a shared machine are noisy (" + load() + "): compare medians, not single runs; "
            + "alloc B (mean bytes allocated per operation) is not disturbed by the load.");
        out.println("Speedup = reference Python median / our median (target: at least 30x).");
    }

    /** @param out where to print the closing line */
    public static void footer(PrintStream out) {
        out.println();
        out.println("done; " + load());
    }

    private static String load() {
        return String.format(Locale.ROOT, "load average %.1f on %d cores",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param out where to print
     * @param results one per concurrency level
     */
    public static void throughput(PrintStream out, List<Throughput> results) {
        out.println();
        out.println("== oracle episodes through RolloutExecutor (" + RolloutTiming.THREADS
            + " threads, standard mode)");
        out.println(String.format(Locale.ROOT, "%11s %9s %9s %8s %7s %11s %11s %7s %14s", "concurrent",
            "episodes", "steps", "seconds", "gc s", "episodes/s", "steps/s", "failed", "live instances"));
        for (Throughput t : results) {
            out.println(String.format(Locale.ROOT, "%11d %9d %9d %8.2f %7.2f %11.0f %11.0f %7d %14d",
                t.concurrency(), t.episodes(), t.steps(), t.seconds(), t.gcSeconds(), t.episodesPerSecond(),
                t.stepsPerSecond(), t.failedEpisodes(), t.liveInstances()));
        }
    }

    /**
     * @param out where to print
     * @param results one per size tried
     */
    public static void ceiling(PrintStream out, List<CeilingResult> results) {
        out.println();
        out.println("== concurrently open EpisodeSessions in one JVM (max heap "
            + String.format(Locale.ROOT, "%.0f MB", Heap.max() / MB) + ")");
        out.println(String.format(Locale.ROOT, "%9s %7s %5s %10s %12s %15s %8s %13s %14s", "sessions", "opened",
            "fit", "heap MB", "bytes/open", "bytes/stepped", "seconds", "live sessions", "live instances"));
        for (CeilingResult c : results) {
            out.println(String.format(Locale.ROOT, "%9d %7d %5s %10s %12d %15d %8.2f %13d %14d", c.requested(),
                c.opened(), c.fit() ? "yes" : "NO", c.fit() ? String.format(Locale.ROOT, "%.0f",
                    (c.heapStepped() - c.heapBefore()) / MB) : "-", c.bytesPerOpenSession(),
                c.bytesPerSteppedSession(), c.openSeconds(), c.liveSessions(), c.liveInstances()));
        }
    }
}
