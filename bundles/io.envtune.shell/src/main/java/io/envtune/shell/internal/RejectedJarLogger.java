package io.envtune.shell.internal;

import static java.lang.System.Logger.Level.WARNING;

import java.io.File;
import java.util.Optional;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * FileInstall silently ignores a {@code .jar} in the hot-deploy folder that is not a bundle (truncated, corrupt, a
 * plain library), and one that is a second copy of an installed bundle (same symbolic name and version: the
 * framework refuses it). This installer claims exactly those files so that the user gets one clear log line per
 * problem, and the platform carries on.
 */
@Component(service = ArtifactInstaller.class)
public final class RejectedJarLogger implements ArtifactInstaller {

    private static final System.Logger LOG = System.getLogger(RejectedJarLogger.class.getName());

    private final BundleContext context;

    /** @param context the shell bundle's context, to see what is installed */
    @Activate
    public RejectedJarLogger(BundleContext context) {
        this.context = context;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".jar")
            && (BundleJars.problem(artifact).isPresent() || duplicateOf(artifact).isPresent());
    }

    @Override
    public void install(File artifact) {
        Optional<Bundle> original = duplicateOf(artifact);
        if (original.isPresent()) {
            Bundle b = original.get();
            LOG.log(WARNING, "envtune: not installing " + artifact + ": it is " + b.getSymbolicName() + " "
                + b.getVersion() + ", already installed [" + b.getBundleId() + "] from " + b.getLocation()
                + "; remove one of the two");
            return;
        }
        LOG.log(WARNING, "envtune: rejected " + artifact + ": " + BundleJars.problem(artifact).orElse("unknown")
            + "; nothing was installed, everything else keeps running");
    }

    /** @return the installed bundle, from another file, with this jar's symbolic name and version */
    Optional<Bundle> duplicateOf(File artifact) {
        Optional<String[]> id = BundleJars.identity(artifact);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String location = artifact.toURI().toString();
        for (Bundle b : context.getBundles()) {
            if (id.get()[0].equals(b.getSymbolicName()) && id.get()[1].equals(b.getVersion().toString())
                && !sameFile(b.getLocation(), location)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static boolean sameFile(String bundleLocation, String fileUri) {
        return bundleLocation.equals(fileUri) || bundleLocation.endsWith(fileUri.substring("file:".length()));
    }

    @Override
    public void update(File artifact) {
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        LOG.log(WARNING, "envtune: rejected file " + artifact + " was removed");
    }
}
