package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.osgi.Resource;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * bnd baselining of every exported package: each envtune bundle that exports packages is compared with its committed
 * reference jar in {@code cnf/baseline/} by bnd's own baseliner ({@link Baseline}, the engine behind bnd's
 * {@code -baseline}), and a package whose API changed more than its {@code @Version} says fails the build with bnd's
 * suggested version. The previous release is never published to a repository, so the reference is committed: a
 * stripped copy of each bundle (its manifest and its exported packages only). After a deliberate version bump, run
 * this test with {@code -Denvtune.baseline.update=true} to write the new references, and commit them. Plain JUnit,
 * no framework: it reads the jars the integration tests install.
 */
public class ExportBaselineIT {

    private static final File REFERENCES = new File(System.getProperty("envtune.baseline.dir", "../../cnf/baseline"));

    @Test
    public void everyExportedPackageKeepsItsSemanticVersion() throws Exception {
        boolean update = Boolean.getBoolean("envtune.baseline.update");
        List<String> problems = new ArrayList<>();
        int baselined = 0;
        for (File bundle : exporting()) {
            try (Jar newer = new Jar(bundle)) {
                File reference = new File(REFERENCES, newer.getBsn() + ".jar");
                if (update) {
                    writeReference(newer, reference);
                    continue;
                }
                if (!reference.isFile()) {
                    problems.add(newer.getBsn() + ": no reference jar " + reference + " (run with "
                        + "-Denvtune.baseline.update=true and commit it)");
                    continue;
                }
                baselined += compare(newer, reference, problems);
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
        assertTrue("no package was baselined", update || baselined >= 10);
    }

    private static int compare(Jar newer, File reference, List<String> problems) throws Exception {
        try (Jar older = new Jar(reference); Processor reporter = new Processor()) {
            Baseline baseline = new Baseline(reporter, new DiffPluginImpl());
            int n = 0;
            for (Baseline.Info info : baseline.baseline(newer, older, new Instructions("*"))) {
                n++;
                if (info.mismatch) {
                    problems.add(newer.getBsn() + ": package " + info.packageName + " changed (" + info.packageDiff
                        .getDelta() + ") from " + info.olderVersion + " but is " + info.newerVersion
                        + "; bnd suggests " + info.suggestedVersion + (info.reason == null ? "" : ": " + info.reason));
                }
            }
            return n;
        }
    }

    /**
     * The envtune bundles that export at least one package: those the integration tests install, and the extra
     * jars named in {@code envtune.baseline.extra} (the test kit, which only tests use).
     */
    private static List<File> exporting() throws Exception {
        File[] jars = new File(System.getProperty("envtune.it.bundles")).listFiles((d, n) -> n.startsWith(
            "io.envtune.") && n.endsWith(".jar"));
        List<File> candidates = new ArrayList<>(List.of(jars == null ? new File[0] : jars));
        for (String extra : System.getProperty("envtune.baseline.extra", "").split(",")) {
            if (!extra.isBlank()) {
                candidates.add(new File(extra.trim()));
            }
        }
        List<File> out = new ArrayList<>();
        for (File f : candidates) {
            try (Jar jar = new Jar(f)) {
                if (!exports(jar).isEmpty()) {
                    out.add(f);
                }
            }
        }
        out.sort(null);
        assertTrue("no bundle to baseline in " + candidates, !out.isEmpty());
        return out;
    }

    private static Parameters exports(Jar jar) throws Exception {
        String header = jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        return new Parameters(header == null ? "" : header);
    }

    /** Keeps the manifest and the exported packages' files: all that baselining reads. */
    private static void writeReference(Jar bundle, File target) throws Exception {
        Files.createDirectories(target.toPath().getParent());
        try (Jar reference = new Jar(bundle.getBsn())) {
            reference.setManifest(bundle.getManifest());
            for (String pkg : exports(bundle).keySet()) {
                Map<String, Resource> dir = bundle.getDirectories().get(pkg.replace('.', '/'));
                if (dir != null) {
                    dir.forEach(reference::putResource);
                }
            }
            File tmp = new File(target.getPath() + ".tmp");
            reference.write(tmp);
            Files.move(tmp.toPath(), target.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
