package io.envtune.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the platform logs under {@code io.envtune} (the JDK's {@link System.Logger}s end up in
 * {@code java.util.logging} when no other logging backend is installed), so a test can assert on log lines and their
 * stack traces. Close it to detach.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.envtune");
    private final List<LogRecord> records = new ArrayList<>();

    /** Attaches to the {@code io.envtune} logger. */
    public LogCapture() {
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
    public synchronized List<LogRecord> matching(String fragment) {
        List<LogRecord> out = new ArrayList<>();
        for (LogRecord r : records) {
            if (String.valueOf(r.getMessage()).contains(fragment)) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return every record so far */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
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
