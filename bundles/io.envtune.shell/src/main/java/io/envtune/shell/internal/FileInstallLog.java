package io.envtune.shell.internal;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Turns FileInstall's log into envtune's one-line log. FileInstall prints a full stack trace for every bundle in
 * {@code load/} that fails to start, beside the one line that {@link UnresolvedBundleLogger} or
 * {@link BundleStartLogger} already gives for it. With {@code felix.fileinstall.log.default=jul} (the launcher's
 * run properties) FileInstall logs to the {@code java.util.logging} logger {@code fileinstall}; this handler takes
 * that logger over while the shell runs: a start failure that our listeners report (unresolved imports, a throwing
 * activator) is dropped, anything else is one record of this class's {@link System.Logger},
 * {@code envtune: hot deploy: <message>: <cause>}, without the throwable (so never a trace). On deactivation the
 * logger gets its parent handlers back.
 */
@Component(immediate = true, service = {})
public final class FileInstallLog extends Handler {

    /** The logger FileInstall writes to when {@code felix.fileinstall.log.default=jul}. */
    static final String LOGGER = "fileinstall";

    private static final System.Logger LOG = System.getLogger(FileInstallLog.class.getName());

    /** A strong reference: java.util.logging forgets the configuration of a logger nobody holds. */
    private final Logger logger = Logger.getLogger(LOGGER);

    /** Takes the {@code fileinstall} logger over. */
    @Activate
    public FileInstallLog() {
        setLevel(Level.WARNING);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    @Deactivate
    void stop() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(true);
    }

    @Override
    public void publish(LogRecord record) {
        String line = line(record);
        if (line != null) {
            LOG.log(record.getLevel().intValue() >= Level.SEVERE.intValue() ? System.Logger.Level.ERROR
                : System.Logger.Level.WARNING, line);
        }
    }

    /**
     * @param record one of FileInstall's records
     * @return its one line, or null when it is below WARNING or another listener already reports it
     */
    static String line(LogRecord record) {
        if (record.getLevel().intValue() < Level.WARNING.intValue() || reportedElsewhere(record.getThrown())) {
            return null;
        }
        Throwable cause = record.getThrown();
        String message = firstLine(String.valueOf(record.getMessage()));
        return "envtune: hot deploy: " + message + (cause == null ? "" : ": " + firstLine(String.valueOf(
            cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())));
    }

    /** A start that failed to resolve, or in the activator, has its own line already. */
    private static boolean reportedElsewhere(Throwable thrown) {
        return thrown instanceof BundleException b && (b.getType() == BundleException.RESOLVE_ERROR
            || b.getType() == BundleException.ACTIVATOR_ERROR);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    @Override
    public void flush() {
        // nothing buffered: each record goes on at once
    }

    @Override
    public void close() {
        // nothing held
    }
}
