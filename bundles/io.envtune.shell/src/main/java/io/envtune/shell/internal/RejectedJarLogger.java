package io.envtune.shell.internal;

import static java.lang.System.Logger.Level.WARNING;

import java.io.File;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * FileInstall silently ignores a {@code .jar} in the hot-deploy folder that is not a bundle (truncated, corrupt, a
 * plain library), and one that is a second copy of an installed bundle (same symbolic name and version: the
 * framework refuses it). This installer claims exactly those files so that the user gets one clear log line per
 * problem, and the platform carries on.
 *
 * <p>A claimed duplicate is handed back once the bundle it duplicated is uninstalled or updated to another identity
 * (the user deleted the original): FileInstall looks at a file again only when it changes, so the duplicate's time
 * stamp is moved forward. FileInstall then finds that this installer no longer claims it, forgets it (calling
 * {@link #uninstall}, which moves the time stamp once more), and on the next change installs it as a new bundle.
 */
@Component(service = ArtifactInstaller.class)
public final class RejectedJarLogger implements ArtifactInstaller, BundleListener {

    private static final System.Logger LOG = System.getLogger(RejectedJarLogger.class.getName());

    private final BundleContext context;
    /** The duplicates claimed now, to hand back when their original goes. */
    private final Set<File> duplicates = ConcurrentHashMap.newKeySet();

    /** @param context the shell bundle's context, to see what is installed */
    @Activate
    public RejectedJarLogger(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
    }

    @Deactivate
    void stop() {
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() != BundleEvent.UNINSTALLED && event.getType() != BundleEvent.UPDATED) {
            return;
        }
        for (File dup : duplicates) {
            if (dup.isFile() && duplicateOf(dup).isEmpty() && duplicates.remove(dup)) {
                Bundle gone = event.getBundle();
                // A warning like the refusal it ends: the user is told the two lines belong together.
                LOG.log(WARNING, "envtune: installing " + dup + " now: " + gone.getSymbolicName() + " from "
                    + gone.getLocation() + " is no longer installed under that name and version");
                touch(dup);
            }
        }
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
            duplicates.add(artifact);
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
        duplicates.remove(artifact);
        if (artifact.isFile()) {
            // FileInstall lets go of a file this installer no longer claims; one more change makes it a new bundle.
            touch(artifact);
            return;
        }
        LOG.log(WARNING, "envtune: rejected file " + artifact + " was removed");
    }

    /** Moves the file's time stamp forward, past the file system's resolution, so that FileInstall sees a change. */
    private static void touch(File file) {
        long now = System.currentTimeMillis();
        if (!file.setLastModified(Math.max(now, file.lastModified() + 2_000))) {
            LOG.log(WARNING, "envtune: cannot change the time stamp of " + file + "; copy it into the folder again "
                + "to install it");
        }
    }
}
