package io.envtune.shell.internal;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Tells whether a file in the hot-deploy folder is an installable OSGi bundle, and if not, why. */
final class BundleJars {

    private BundleJars() {
    }

    /**
     * @param file a file
     * @return the reason it is not a bundle, or empty when it is one
     */
    static Optional<String> problem(File file) {
        try (JarFile jar = new JarFile(file)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return Optional.of("the jar has no META-INF/MANIFEST.MF");
            }
            if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return Optional.of("the manifest has no Bundle-SymbolicName: not an OSGi bundle");
            }
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("not a readable jar (" + e.getMessage() + ")");
        }
    }
}
