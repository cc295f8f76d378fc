package io.envtune.runtime;

import io.envtune.toolkit.ToolFault;
import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs environment code (tool calls, turn scoring, closing instances) on its own bounded set of daemon threads under
 * a time limit, so that an environment that hangs cannot hold the thread that steps its episode. A call over its
 * limit is interrupted and abandoned: the caller gets a {@link Fault} naming the limit at once, one log line says so,
 * and {@link #abandoned()} counts the threads still stuck in such calls. Environment code that throws is a bug of the
 * environment, never a model error: the caller gets a {@link Fault} whose reason starts with
 * {@link ToolFault#REASON_PREFIX} and names the tool (or the work) and the exception, and one log line carries the
 * stack trace. Threads are made on demand and end after a short idle time, so an idle runner holds none. Thread-safe.
 */
public final class ToolCallRunner implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ToolCallRunner.class.getName());

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;
    private static final long RETRY_NANOS = 50_000;

    private final ThreadPoolExecutor pool;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicLong timedOut = new AtomicLong();

    /**
     * @param maxThreads the most calls running at once, stuck ones included; a call beyond it fails at once
     */
    public ToolCallRunner(int maxThreads) {
        AtomicInteger names = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, Math.max(1, maxThreads), 2, TimeUnit.SECONDS, new SynchronousQueue<>(),
            r -> {
                Thread t = new Thread(r, "envtune-tool-call-" + names.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
    }

    /** Why environment code did not give a result: over its time limit, failed with an error, or no thread free. */
    public static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fault(String reason, Throwable cause) {
            super(reason, cause);
        }

        /** @return the reason, naming the limit or the error; meant for records and users */
        public String reason() {
            return getMessage();
        }
    }

    /**
     * Runs one piece of environment code and waits for it.
     *
     * @param episode the episode id, for the log line
     * @param what what runs, e.g. {@code tool call hang()}
     * @param millis the time limit
     * @param work the code
     * @param <T> its result type
     * @return its result
     * @throws Fault when it ran over the limit, threw anything but a {@link VirtualMachineError} other than a stack
     *         overflow, or could not start because every thread is busy or stuck
     */
    public <T> T call(String episode, String what, long millis, Callable<T> work) {
        Tracked<T> tracked = new Tracked<>(work);
        Future<T> future = submit(what, millis, tracked);
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return abandonOrGet(episode, what, millis, tracked, future);
        } catch (ExecutionException e) {
            throw failure(episode, what, e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Fault(what + " was interrupted while running", e);
        }
    }

    /**
     * Hands the call to a free thread. A thread that has just finished a call takes a moment before it is free again,
     * so a refusal is retried briefly; only a runner whose threads are all stuck refuses for the whole time limit.
     */
    private <T> Future<T> submit(String what, long millis, Tracked<T> tracked) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            try {
                return pool.submit(tracked);
            } catch (RejectedExecutionException e) {
                if (pool.isShutdown()) {
                    throw new Fault(what + " could not start: the runner is closed", e);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new Fault(what + " could not start within " + millis + " ms: all "
                        + pool.getMaximumPoolSize() + " tool-call threads are busy or stuck (limit: tool-call "
                        + "threads)", e);
                }
                LockSupport.parkNanos(RETRY_NANOS);
            }
        }
    }

    /** Abandons a call at its deadline, unless it finished in the same instant (then its result counts). */
    private <T> T abandonOrGet(String episode, String what, long millis, Tracked<T> tracked, Future<T> future) {
        if (!tracked.abandon()) {
            try {
                return future.get();
            } catch (ExecutionException | InterruptedException e) {
                throw failure(episode, what, e instanceof ExecutionException ? e.getCause() : e);
            }
        }
        future.cancel(true);
        long total = timedOut.incrementAndGet();
        String reason = what + " did not finish within " + millis + " ms (limit: tool call time)";
        LOG.log(Level.WARNING, "envtune: episode " + episode + ": " + reason + "; its thread was interrupted and "
            + "abandoned (" + abandoned.get() + " abandoned now, " + total + " timed out in all)");
        throw new Fault(reason, null);
    }

    /**
     * Environment code threw: a fault of the environment, logged once here with its stack trace (the tool's own
     * exception when a {@link ToolFault} wraps it).
     */
    private static Fault failure(String episode, String what, Throwable cause) {
        if (cause instanceof VirtualMachineError vm && !(cause instanceof StackOverflowError)) {
            throw vm;
        }
        String reason;
        Throwable trace = cause;
        if (cause instanceof ToolFault tf) {
            reason = tf.reason();
            trace = tf.getCause();
        } else {
            reason = ToolFault.REASON_PREFIX + what + " threw " + cause.getClass().getName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        LOG.log(Level.ERROR, "envtune: episode " + episode + ": " + reason + " (a bug in the environment, not the "
            + "model's doing: the episode ends here and is left out of training groups)", trace);
        return new Fault(reason, cause);
    }

    /** @return threads still stuck in calls that ran over their limit */
    public int abandoned() {
        return abandoned.get();
    }

    /** @return calls that ran over their limit since this runner was made */
    public long timedOut() {
        return timedOut.get();
    }

    /** Interrupts every running call and lets the threads end; later calls fail with a {@link Fault}. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** A call that knows whether its caller gave up on it, so a stuck thread is counted until it returns. */
    private final class Tracked<T> implements Callable<T> {
        private final Callable<T> work;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        Tracked(Callable<T> work) {
            this.work = work;
        }

        @Override
        public T call() throws Exception {
            try {
                return work.call();
            } finally {
                if (!state.compareAndSet(RUNNING, DONE)) {
                    abandoned.decrementAndGet();
                }
            }
        }

        boolean abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned.incrementAndGet();
                return true;
            }
            return false;
        }
    }
}
