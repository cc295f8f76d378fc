package io.envtune.itest;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import java.io.File;

/**
 * Builds the hostile test bundles with bndlib, outside the framework (from a test's {@code @Configuration}): the
 * compiled classes of {@code io.envtune.itest.hostile} packed with a manifest that picks the misbehaviour. Building
 * them here keeps one small source set for every variant and every version, where tiny Maven modules would need one
 * module per variant and version.
 */
final class HostileJars {

    /** Where the jars go; the in-framework test code reads them from here. */
    static final File DIR = new File(System.getProperty("envtune.it.work", "target/it-work"), "hostile");

    private HostileJars() {
    }

    /**
     * @param name the jar and bundle name suffix
     * @param version the bundle version (the environment's version)
     * @param mode {@code throw}, {@code duplicate}, {@code schema} or {@code serve}
     * @param envId the environment id
     * @return the jar
     */
    static File build(String name, String version, String mode, String envId) {
        DIR.mkdirs();
        File out = new File(DIR, name + "-" + version + ".jar");
        try (Builder b = new Builder()) {
            b.setProperty("Bundle-SymbolicName", "io.envtune.itest.hostile." + name);
            b.setProperty("Bundle-Version", version);
            b.setProperty("Bundle-Activator", "io.envtune.itest.hostile.HostileActivator");
            b.setProperty("Private-Package", "io.envtune.itest.hostile");
            b.setProperty("Import-Package", "io.envtune.api;version=\"[2.0,3)\",*");
            b.setProperty("Hostile-Mode", mode);
            b.setProperty("Hostile-Env", envId);
            b.setProperty("-noimportjava", "true");
            b.addClasspath(new File(System.getProperty("envtune.it.classes", "target/test-classes")));
            Jar jar = b.build();
            if (!b.getErrors().isEmpty()) {
                throw new IllegalStateException("cannot build " + name + ": " + b.getErrors());
            }
            jar.write(out);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build hostile bundle " + name, e);
        }
        return out;
    }
}
