package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.Test;
import org.osgi.framework.BundleException;

/** FileInstall's records become one line, or none where another listener already reports the failure. */
public class FileInstallLogTest {

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord r = new LogRecord(level, message);
        r.setThrown(thrown);
        return r;
    }

    @Test
    public void startFailuresThatOurListenersReportAreDropped() {
        assertNull(FileInstallLog.line(record(Level.WARNING, "Error while starting bundle: file:/l/u.jar",
            new BundleException("Unable to resolve u [38]: missing requirement", BundleException.RESOLVE_ERROR))));
        assertNull(FileInstallLog.line(record(Level.WARNING, "Error while starting bundle: file:/l/t.jar",
            new BundleException("Activator start error", BundleException.ACTIVATOR_ERROR,
                new IllegalStateException("boom")))));
    }

    @Test
    public void anythingElseIsOneLineWithItsCauseAndNoTrace() {
        assertEquals("envtune: hot deploy: Failed to install artifact: /l/m.jar: Bundle-ManifestVersion 3 is unknown",
            FileInstallLog.line(record(Level.SEVERE, "Failed to install artifact: /l/m.jar", new BundleException(
                "Bundle-ManifestVersion 3 is unknown\n\tmore detail", BundleException.MANIFEST_ERROR))));
        assertEquals("envtune: hot deploy: /l does not exist, please create it.",
            FileInstallLog.line(record(Level.WARNING, "/l does not exist, please create it.", null)));
        assertEquals("envtune: hot deploy: Failed to update artifact /l/x.jar: NullPointerException",
            FileInstallLog.line(record(Level.WARNING, "Failed to update artifact /l/x.jar",
                new NullPointerException())));
    }

    @Test
    public void belowWarningIsDropped() {
        assertNull(FileInstallLog.line(record(Level.INFO, "Installing bundle x / 1.0.0", null)));
    }
}
