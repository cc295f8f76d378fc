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
    /**
     * How long a command may still take to appear once the framework has started: DS registers services of the
     * started bundles right after they start, so an unknown name fails after this, not after {@link #TIMEOUT_MS}.
     */
    private static final long COMMAND_GRACE_MS = TimeUnit.SECONDS.toMillis(2);
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
     * Blocks until a command service for {@code scope:function} is registered, or a short grace passes (call it after
     * {@link #awaitStarted()}).
     *
     * @param command the first word of the command line
     * @return whether the command is registered ({@code true} for a word without a scope: Gogo resolves those)
     */
    boolean awaitCommand(String command) {
        int colon = command.indexOf(':');
        if (colon < 0) {
            return true;
        }
        String filter = "(&(osgi.command.scope=" + escape(command.substring(0, colon)) + ")(osgi.command.function="
            + escape(command.substring(colon + 1)) + "))";
        long deadline = System.currentTimeMillis() + COMMAND_GRACE_MS;
        while (!registered(filter)) {
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            sleep();
        }
        return true;
    }

    /** Escapes the characters that are special in an LDAP filter value, so a typed name matches only itself. */
    private static String escape(String value) {
        return value.replaceAll("([\\\\*()])", "\\\\$1");
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
