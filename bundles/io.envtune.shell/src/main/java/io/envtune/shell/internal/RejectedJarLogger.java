package io.envtune.shell.internal;

import java.io.File;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Component;

/**
 * FileInstall silently ignores a {@code .jar} in the hot-deploy folder that is not a bundle (truncated, corrupt, a
 * plain library). This installer claims exactly those files so that the user gets one clear log line per problem,
 * and the platform carries on.
 */
@Component(service = ArtifactInstaller.class)
public final class RejectedJarLogger implements ArtifactInstaller {

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".jar") && BundleJars.problem(artifact).isPresent();
    }

    @Override
    public void install(File artifact) {
        System.err.println("envtune: rejected " + artifact + ": " + BundleJars.problem(artifact).orElse("unknown")
            + "; nothing was installed, everything else keeps running");
    }

    @Override
    public void update(File artifact) {
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        System.err.println("envtune: rejected file " + artifact + " was removed");
    }
}
