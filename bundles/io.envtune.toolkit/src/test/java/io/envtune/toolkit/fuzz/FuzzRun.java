package io.envtune.toolkit.fuzz;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One fuzz campaign over one target: runs each case on a worker thread under a time bound, counts outcomes, and
 * collects crashes (anything thrown out of the case body) and hangs (a case over the bound, twice). Findings are written
 * as regression lines to {@code target/fuzz-findings/<target>.txt} so they can be copied into
 * {@code src/test/resources/fuzz/} and replayed by {@link RegressionCasesTest}; {@link #finish()} fails the test when
 * there are any.
 *
 * <p>Settings (system properties, so the {@code fuzz} profile of the root pom can raise them):
 * {@value #CASES} cases per target (default: the target's normal-run count), {@value #SEED} the campaign seed,
 * {@value #TIMEOUT} the per-case bound in milliseconds (default 2000).
 */
public final class FuzzRun {

    /** Cases per target; the long profile sets it to 100000. */
    public static final String CASES = "envtune.fuzz.cases";
    /** The campaign seed; every case's seed derives from it and the case index. */
    public static final String SEED = "envtune.fuzz.seed";
    /** The per-case time bound in milliseconds. */
    public static final String TIMEOUT = "envtune.fuzz.timeoutMs";
    /** Marks a crash label; no outcome label starts with a NUL. */
    private static final String CRASH = "\u0000crash:";

    private final String target;
    private final long timeoutMs = Long.getLong(TIMEOUT, 2000L);
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final long started = System.nanoTime();
    private ExecutorService worker = newWorker();
    private int cases;
    private int crashes;
    private int hangs;
    private int retried;
    private long slowestMs;
    private String slowest = "";

    /** @param target the target name, used in the report and the findings file */
    public FuzzRun(String target) {
        this.target = target;
        try {
            Files.deleteIfExists(findingsFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot remove old findings", e);
        }
    }

    private Path findingsFile() {
        return Paths.get("target", "fuzz-findings", target + ".txt");
    }

    /**
     * @param normal the count for the normal test run
     * @return the number of cases to run
     */
    public static int cases(int normal) {
        return Integer.getInteger(CASES, normal);
    }

    /**
     * @param index the case index
     * @return the seed of that case: stable for a given campaign seed, independent of the other cases
     */
    public static long caseSeed(int index) {
        long z = Long.getLong(SEED, 0x5EED_2026L) + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Runs one case.
     *
     * @param regressionLine the case as a regression line (saved when the case crashes or hangs)
     * @param body the case; returns an outcome label, throws only on a bug
     */
    public void check(String regressionLine, Callable<String> body) {
        cases++;
        long start = System.nanoTime();
        String outcome = attempt(body);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > slowestMs) {
            slowestMs = ms;
            slowest = regressionLine.length() > 120 ? regressionLine.substring(0, 120) + "…" : regressionLine;
        }
        if (outcome == null) {
            retried++;
            // A loaded machine can stall a thread for a moment; a hang is a case that misses the bound twice.
            outcome = attempt(body);
        }
        if (outcome == null) {
            hangs++;
            findings.add("# hang over " + timeoutMs + " ms\n" + regressionLine);
        } else if (outcome.startsWith(CRASH)) {
            crashes++;
            findings.add("# " + outcome.substring(CRASH.length()).replace('\n', ' ') + "\n" + regressionLine);
        } else {
            outcomes.merge(outcome, 1, Integer::sum);
        }
    }

    /** @return the outcome label, a crash label, or null on timeout */
    private String attempt(Callable<String> body) {
        long[] threadId = {-1, 0};
        Future<String> f = worker.submit(() -> {
            threadId[1] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            threadId[0] = Thread.currentThread().getId();
            return body.call();
        });
        try {
            String label = awaitWithinCpuBound(f, threadId);
            return label == null ? "null" : label;
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return null;
        } catch (ExecutionException e) {
            return CRASH + describe(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for a case. The bound is on the case's own CPU time, not on the wall clock: on a loaded machine a case
     * that is merely starved of a core must not count as a hang, while a real hang (the 88 s logarithm) burns CPU
     * past the bound. A case that has neither finished nor used its CPU bound after 20 bounds of wall time is a
     * hang too (blocked, or starved beyond reason).
     */
    private String awaitWithinCpuBound(Future<String> f, long[] threadId /* id, CPU ns at start */)
        throws InterruptedException, ExecutionException, TimeoutException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20 * timeoutMs);
        while (true) {
            try {
                return f.get(Math.min(100, timeoutMs), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // the worker thread runs many cases: count only this case's share of its CPU time
                long cpu = threadId[0] < 0 ? 0 : threads.getThreadCpuTime(threadId[0]) - threadId[1];
                if (cpu > TimeUnit.MILLISECONDS.toNanos(timeoutMs) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    /** The exception with the first frame of envtune code, where the bug is, rather than the JDK frame on top. */
    private static String describe(Throwable t) {
        String where = "";
        for (StackTraceElement e : t.getStackTrace()) {
            if (where.isEmpty() || e.getClassName().startsWith("io.envtune")) {
                where = " at " + e;
                if (e.getClassName().startsWith("io.envtune")) {
                    break;
                }
            }
        }
        String msg = String.valueOf(t.getMessage());
        return t.getClass().getName() + ": " + (msg.length() > 200 ? msg.substring(0, 200) + "…" : msg) + where;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "envtune-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    /** Prints the figures, saves the findings, and fails when there are any. */
    public void finish() {
        worker.shutdownNow();
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Fuzz %s: %d cases, %d uncaught exceptions, %d hangs, %d retried after a stall, %d ms; "
            + "slowest case %d ms (%s); outcomes %s%n", target, cases, crashes, hangs, retried, ms, slowestMs, slowest,
            top(outcomes));
        if (!findings.isEmpty()) {
            Path file = save();
            fail(target + ": " + crashes + " uncaught exceptions and " + hangs + " hangs in " + cases
                + " cases; inputs saved to " + file + "; first: " + findings.get(0).lines().findFirst().orElse(""));
        }
    }

    private Path save() {
        Path file = findingsFile();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", findings) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save fuzz findings to " + file, e);
        }
        return file.toAbsolutePath();
    }

    private static String top(Map<String, Integer> outcomes) {
        StringBuilder sb = new StringBuilder("{");
        outcomes.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
            .forEach(e -> sb.append(sb.length() > 1 ? ", " : "").append(e.getKey()).append('=').append(e.getValue()));
        return sb.append(outcomes.size() > 12 ? ", …}" : "}").toString();
    }
}
