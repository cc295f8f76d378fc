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
     * @param file a bundle jar
     * @return its symbolic name (without directives) and version, or empty when it is not a readable bundle
     */
    static Optional<String[]> identity(File file) {
        try (JarFile jar = new JarFile(file)) {
            Manifest manifest = jar.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null) {
                return Optional.empty();
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            return Optional.of(new String[] {name.split(";", 2)[0].trim(),
                org.osgi.framework.Version.parseVersion(version == null ? "0" : version.trim()).toString()});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
