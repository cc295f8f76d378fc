package io.envtune.shell.internal;

import static java.lang.System.Logger.Level.WARNING;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A bundle whose activator throws (FileInstall starts every jar dropped into {@code load/}) goes from STARTING
 * straight to STOPPING and stays inactive. This listener says so in one log line, so the user sees which bundle was
 * isolated; the framework and every other bundle keep running.
 */
@Component(immediate = true, service = {})
public final class BundleStartLogger implements SynchronousBundleListener {

    private static final System.Logger LOG = System.getLogger(BundleStartLogger.class.getName());

    private final BundleContext context;
    private final Set<Long> starting = ConcurrentHashMap.newKeySet();

    /** @param context the shell bundle's context, to listen with */
    @Activate
    public BundleStartLogger(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        switch (event.getType()) {
            case BundleEvent.STARTING -> starting.add(b.getBundleId());
            case BundleEvent.STARTED -> starting.remove(b.getBundleId());
            case BundleEvent.STOPPING -> {
                if (starting.remove(b.getBundleId())) {
                    LOG.log(WARNING, "envtune: rejected bundle " + b.getSymbolicName() + " " + b.getVersion() + " ["
                        + b.getBundleId() + "] from " + b.getLocation() + ": its activator failed while starting; it "
                        + "stays inactive and registers nothing, everything else keeps running");
                }
            }
            default -> {
                // other events say nothing about a failed start
            }
        }
    }
}
