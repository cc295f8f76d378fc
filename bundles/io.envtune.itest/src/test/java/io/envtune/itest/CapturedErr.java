package io.envtune.itest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Copies what the platform writes to {@code System.err} while a test runs, so the test can assert on log lines. */
final class CapturedErr implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    /** Gogo routes a session thread's System.err through its pipes back to System.err: forward only once. */
    private final ThreadLocal<Boolean> forwarding = ThreadLocal.withInitial(() -> false);

    CapturedErr() {
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (forwarding.get()) {
                    return;
                }
                forwarding.set(true);
                try {
                    synchronized (copy) {
                        copy.write(b, off, len);
                    }
                    original.write(b, off, len);
                } finally {
                    forwarding.set(false);
                }
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    /** @return everything written so far */
    String text() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * @param fragment text a log line must hold
     * @param timeoutMs how long to wait
     * @return the first line holding it, or null when none came in time
     */
    String awaitLine(String fragment, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        do {
            for (String line : text().split("\n")) {
                if (line.contains(fragment)) {
                    return line;
                }
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        return null;
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
