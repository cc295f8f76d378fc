package io.envtune.shell.internal;

import static java.lang.System.Logger.Level.WARNING;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Points FileInstall at the hot-deploy folder before FileInstall starts (it runs at a later start level): the
 * {@code envtune.load.dir} system property if set, else {@code load/} beside the launcher jar, else {@code ./load}.
 * The folder is created so that FileInstall watches it from the first poll.
 */
@Component(immediate = true, service = {})
public final class LoadFolder {

    private static final System.Logger LOG = System.getLogger(LoadFolder.class.getName());

    /** The system property a user sets to choose the folder. */
    static final String PROPERTY = "envtune.load.dir";
    private static final String FILEINSTALL_DIR = "felix.fileinstall.dir";

    /** Resolves, creates and publishes the folder. */
    @Activate
    public LoadFolder() {
        if (System.getProperty(FILEINSTALL_DIR) != null) {
            return;
        }
        Path dir = resolve(System.getProperty(PROPERTY), System.getProperty("java.class.path"));
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            LOG.log(WARNING, "envtune: cannot create the hot-deploy folder " + dir + ": " + e.getMessage());
        }
        // FileInstall reads its folder from the framework properties, which fall back to system properties.
        System.setProperty(FILEINSTALL_DIR, dir.toString());
    }

    /**
     * @param configured the user's choice, or null
     * @param classPath the JVM class path
     * @return the absolute hot-deploy folder
     */
    static Path resolve(String configured, String classPath) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        if (classPath != null && classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            Path parent = Paths.get(classPath).toAbsolutePath().getParent();
            return parent.resolve("load");
        }
        return Paths.get("load").toAbsolutePath();
    }
}
