package io.envtune.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The options every integration test shares, and small waiting helpers. */
final class ItSupport {

    /** The folder FileInstall watches inside the test framework. */
    static final File LOAD_DIR = new File(System.getProperty("envtune.it.work", "target/it-work"), "load");

    /** Every envtune command of the base bundle set (envtune:sft and envtune:generate come with the DJL bundle). */
    static final List<String> COMMANDS = List.of("envtune:ablate", "envtune:check", "envtune:envs", "envtune:eval",
        "envtune:help", "envtune:replay", "envtune:report", "envtune:rescore", "envtune:serve",
        "envtune:stage", "envtune:tasks", "envtune:tools", "envtune:train");

    private ItSupport() {
    }

    /**
     * A new, empty folder under the work folder: eval and train refuse an {@code --out} that already holds a result,
     * and the work folder outlives a build, so a fixed name would fail every run after the first.
     *
     * @param prefix the start of its name
     * @return the folder
     */
    static File freshDir(String prefix) throws IOException {
        java.nio.file.Path work = new File(System.getProperty("envtune.it.work", "target/it-work")).toPath();
        Files.createDirectories(work);
        return Files.createTempDirectory(work, prefix).toFile();
    }

    /** @return the BFCL data folder ({@code shared/bfcl/data} beside the checkout), or null when it is not there */
    static java.nio.file.Path bfclData() {
        String dir = System.getProperty("envtune.it.bfcl", "");
        java.nio.file.Path data = java.nio.file.Path.of(dir).toAbsolutePath().normalize();
        return !dir.isBlank() && java.nio.file.Files.isDirectory(data) ? data : null;
    }

    /** @return every runtime bundle, a watched folder, quiet logging */
    static Option[] baseOptions() {
        List<Option> options = new ArrayList<>();
        File[] jars = new File(System.getProperty("envtune.it.bundles")).listFiles((d, n) -> n.endsWith(".jar"));
        Arrays.sort(jars);
        for (File jar : jars) {
            options.add(bundle(jar.toURI().toString()));
        }
        LOAD_DIR.mkdirs();
        // Every test class starts from an empty watched folder and an empty framework store: a jar or an installed
        // bundle left by an earlier class (whose framework stopped before FileInstall saw the jar go) must not leak
        // into the next one, whatever order the classes run in.
        File[] left = LOAD_DIR.listFiles();
        for (File f : left == null ? new File[0] : left) {
            f.delete();
        }
        options.add(frameworkProperty("org.osgi.framework.storage.clean").value("onFirstInit"));
        options.add(workingDirectory(new File(System.getProperty("envtune.it.work"), "paxexam").getPath()));
        options.add(cleanCaches(true));
        options.add(frameworkProperty("felix.fileinstall.dir").value(LOAD_DIR.getAbsolutePath()));
        options.add(frameworkProperty("felix.fileinstall.poll").value("200"));
        options.add(frameworkProperty("felix.fileinstall.noInitialDelay").value("true"));
        // As the launcher (cnf/run.bnd): warnings on, through java.util.logging, where the shell makes them one line.
        options.add(frameworkProperty("felix.fileinstall.log.level").value("2"));
        options.add(frameworkProperty("felix.fileinstall.log.default").value("jul"));
        // As the launcher: a .cfg file is only read, never rewritten from ConfigAdmin (FileInstall's write-back of an
        // earlier update can land after a quick second edit and put the old values back).
        options.add(frameworkProperty("felix.fileinstall.enableConfigSave").value("false"));
        options.add(systemProperty("envtune.it.hot").value(System.getProperty("envtune.it.hot")));
        options.add(systemProperty("envtune.it.bfcl").value(System.getProperty("envtune.it.bfcl", "")));
        options.add(systemProperty("envtune.it.work").value(new File(System.getProperty("envtune.it.work"))
            .getAbsolutePath()));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(junitBundles());
        return options.toArray(new Option[0]);
    }

    /** @return {@link #baseOptions()} plus the DJL policy bundle (145 MB, so only the classes that train or sample) */
    static Option[] withDjl() {
        List<Option> options = new ArrayList<>(Arrays.asList(baseOptions()));
        File[] djl = new File(System.getProperty("envtune.it.djl")).listFiles((d, n) -> n.endsWith(".jar"));
        if (djl == null || djl.length != 1) {
            throw new IllegalStateException("expected one DJL bundle in " + System.getProperty("envtune.it.djl"));
        }
        options.add(bundle(djl[0].toURI().toString()));
        return options.toArray(new Option[0]);
    }

    /**
     * Polls until the filter matches (present) or stops matching (absent).
     *
     * @param context a bundle context
     * @param filter an LDAP filter over service properties
     * @param present whether to wait for presence or absence
     * @param timeoutMs the limit
     * @return whether the condition was met in time
     */
    static boolean await(BundleContext context, String filter, boolean present, long timeoutMs)
        throws InvalidSyntaxException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, filter);
            if ((refs != null) == present) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Copies a jar into the watched folder (replacing one of the same name, with a newer time stamp so that
     * FileInstall sees the change).
     *
     * @param dir the folder holding the jar
     * @param jar its file name
     * @param as the name in {@code load/}
     * @return the file in {@code load/}
     */
    static File drop(File dir, String jar, String as) throws IOException {
        File target = new File(LOAD_DIR, as);
        long before = target.exists() ? target.lastModified() : 0;
        Files.copy(new File(dir, jar).toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        target.setLastModified(Math.max(System.currentTimeMillis(), before + 2_000));
        return target;
    }

    /**
     * @param context a bundle context
     * @param symbolicName a bundle symbolic name
     * @return the installed bundle, waiting up to 10 s for it
     */
    static Bundle installed(BundleContext context, String symbolicName) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (Bundle b : context.getBundles()) {
                if (symbolicName.equals(b.getSymbolicName())) {
                    return b;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("bundle " + symbolicName + " was not installed");
    }
}
