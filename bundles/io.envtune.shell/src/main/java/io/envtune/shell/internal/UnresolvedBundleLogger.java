package io.envtune.shell.internal;

import static java.lang.System.Logger.Level.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Namespace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A bundle dropped into {@code load/} whose imports no installed bundle exports stays "Installed" and FileInstall
 * says nothing. This listener looks again a moment after each install or update (FileInstall installs, then starts)
 * and, if the bundle is still unresolved, logs one line naming the missing packages.
 */
@Component(immediate = true, service = {})
public final class UnresolvedBundleLogger implements BundleListener {

    private static final System.Logger LOG = System.getLogger(UnresolvedBundleLogger.class.getName());

    private static final long DELAY_MS = 3000;
    private final BundleContext context;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "envtune-unresolved-bundles");
        t.setDaemon(true);
        return t;
    });

    /** @param context the shell bundle's context, to listen with */
    @Activate
    public UnresolvedBundleLogger(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(this);
        later.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) {
            Bundle b = event.getBundle();
            later.schedule(() -> check(b), DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void check(Bundle b) {
        if (b.getState() != Bundle.INSTALLED) {
            return;
        }
        List<String> missing = missingPackages(b, context.getBundles());
        if (!missing.isEmpty()) {
            LOG.log(WARNING, "envtune: bundle " + b.getSymbolicName() + " " + b.getVersion() + " [" + b.getBundleId()
                + "] from " + b.getLocation() + " cannot resolve: no installed bundle exports " + String.join(", ",
                missing) + "; it stays installed and does nothing, everything else keeps running");
        }
    }

    /**
     * @param b a bundle
     * @param installed every installed bundle
     * @return its mandatory package imports that no installed bundle's export satisfies, as {@code package range}
     */
    static List<String> missingPackages(Bundle b, Bundle[] installed) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision == null) {
            return missing;
        }
        for (BundleRequirement req : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String resolution = req.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (!Namespace.RESOLUTION_OPTIONAL.equals(resolution) && !satisfied(req, installed)) {
                missing.add(describe(req));
            }
        }
        return missing;
    }

    private static boolean satisfied(BundleRequirement req, Bundle[] installed) {
        Filter filter;
        try {
            String f = req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
            filter = f == null ? null : FrameworkUtil.createFilter(f);
        } catch (InvalidSyntaxException e) {
            return true;
        }
        for (Bundle other : installed) {
            BundleRevision r = other.adapt(BundleRevision.class);
            if (r == null) {
                continue;
            }
            for (BundleCapability cap : r.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                if (filter == null || filter.matches(cap.getAttributes())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The package name and version range, read back from the requirement's filter. */
    private static String describe(BundleRequirement req) {
        String filter = String.valueOf(req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)")
            .matcher(filter);
        String name = m.find() ? m.group(1) : filter;
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("\\(version>=([^)]+)\\)").matcher(filter);
        return "package " + name + (v.find() ? " (version >= " + v.group(1) + ")" : "");
    }
}
