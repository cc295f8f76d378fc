package io.envtune.itest;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the log records of one {@code java.util.logging} logger and its children while a test runs: the platform's
 * {@link System.Logger}s ({@code io.envtune.*}) and FileInstall (with {@code felix.fileinstall.log.default=jul}, logger
 * {@code fileinstall}) end up there. The JVM's logging is shared by every bundle, so the probe sees them directly.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();

    /** @param name the logger to listen to, e.g. {@code io.envtune} */
    CapturedLog(String name) {
        this.logger = Logger.getLogger(name);
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /**
     * @param fragment text the message must hold
     * @return the records whose message holds it
     */
    synchronized List<LogRecord> matching(String fragment) {
        List<LogRecord> out = new ArrayList<>();
        for (LogRecord r : records) {
            if (String.valueOf(r.getMessage()).contains(fragment)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * @param fragment text a message must hold
     * @param timeoutMs how long to wait
     * @return the records holding it, empty when none came in time
     */
    List<LogRecord> await(String fragment, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        List<LogRecord> found = matching(fragment);
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            found = matching(fragment);
        }
        return found;
    }

    /**
     * @param fragment text a message must hold
     * @param timeoutMs how long to wait
     * @return the first message holding it, null when none came in time
     */
    String awaitLine(String fragment, long timeoutMs) throws InterruptedException {
        List<LogRecord> found = await(fragment, timeoutMs);
        return found.isEmpty() ? null : String.valueOf(found.get(0).getMessage());
    }

    /** @return every message so far, one per line, for failure messages */
    synchronized String text() {
        StringBuilder out = new StringBuilder();
        records.forEach(r -> out.append(r.getLevel()).append(' ').append(r.getMessage()).append('\n'));
        return out.toString();
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
