package io.envtune.shell.internal;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Waits until the framework has finished starting: start levels are raised asynchronously, so the launcher may call
 * the runner before the last bundles (and their commands) are up.
 */
final class StartupWait {

    private static final long TIMEOUT_MS = TimeUnit.SECONDS.toMillis(30);
    private static final long LOAD_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(5);
    private final BundleContext context;

    StartupWait(BundleContext context) {
        this.context = context;
    }

    /**
     * Blocks until every persistently started bundle's start level is reached and none is still starting, then until
     * FileInstall has started the jars already in the hot-deploy folder (a broken jar costs at most a few seconds).
     */
    void awaitStarted() {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!started() && System.currentTimeMillis() < deadline) {
            sleep();
        }
        long loadDeadline = System.currentTimeMillis() + LOAD_TIMEOUT_MS;
        while (!loadFolderStarted() && System.currentTimeMillis() < loadDeadline) {
            sleep();
        }
    }

    private boolean loadFolderStarted() {
        String dir = System.getProperty("felix.fileinstall.dir");
        File[] jars = dir == null ? null : new File(dir).listFiles((d, name) -> name.endsWith(".jar"));
        if (jars == null) {
            return true;
        }
        for (File jar : jars) {
            if (BundleJars.problem(jar).isEmpty() && !active(jar.toURI().toString())) {
                return false;
            }
        }
        return true;
    }

    private boolean active(String location) {
        for (Bundle b : context.getBundles()) {
            if (b.getLocation().equals(location) || b.getLocation().endsWith(location.substring(5))) {
                return b.getState() == Bundle.ACTIVE;
            }
        }
        return false;
    }

    /**
     * Blocks until a command service for {@code scope:function} is registered, or the timeout passes.
     *
     * @param command the first word of the command line
     */
    void awaitCommand(String command) {
        int colon = command.indexOf(':');
        if (colon < 0) {
            return;
        }
        String filter = "(&(osgi.command.scope=" + command.substring(0, colon) + ")(osgi.command.function="
            + command.substring(colon + 1) + "))";
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!registered(filter) && System.currentTimeMillis() < deadline) {
            sleep();
        }
    }

    private boolean started() {
        Bundle system = context.getBundle(0);
        int level = system.adapt(FrameworkStartLevel.class).getStartLevel();
        for (Bundle b : context.getBundles()) {
            BundleStartLevel bsl = b.adapt(BundleStartLevel.class);
            if (b.getState() == Bundle.STARTING && b.getHeaders().get("Bundle-ActivationPolicy") == null) {
                return false;
            }
            if (bsl != null && bsl.isPersistentlyStarted() && bsl.getStartLevel() > level) {
                return false;
            }
        }
        return true;
    }

    private boolean registered(String filter) {
        try {
            return context.getAllServiceReferences(null, filter) != null;
        } catch (InvalidSyntaxException e) {
            return true;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
