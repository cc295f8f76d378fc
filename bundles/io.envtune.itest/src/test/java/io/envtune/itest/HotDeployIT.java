package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import java.io.File;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.logging.LogRecord;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Environment bundles come and go at run time: through the watched folder and through the framework API. A broken
 * jar, an unresolvable bundle and a second copy of an installed bundle each get one line and no stack trace; the
 * second copy is installed once the first is deleted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT {

    private static final String EXAMPLE = "(envtune.environment.id=KeyValueStore)";

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return ItSupport.baseOptions();
    }

    private static File exampleJar() {
        File[] jars = new File(System.getProperty("envtune.it.hot")).listFiles((d, n) -> n.endsWith(".jar"));
        assertEquals(1, jars.length);
        return jars[0];
    }

    @Test
    public void droppedJarRegistersItsEnvironmentAndDeletingItWithdrawsIt() throws Exception {
        File target = new File(ItSupport.LOAD_DIR, "example.jar");
        Files.copy(exampleJar().toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        try {
            assertTrue("environment did not appear", ItSupport.await(context, EXAMPLE, true, 10_000));
            ToolEnvironment env = service();
            try (EnvironmentInstance instance = env.create("{}", EnvironmentOptions.DEFAULT)) {
                instance.invoke(ToolCall.ofKeywords("kv_put", Map.of("key", "a", "value", 1L)));
                assertEquals("{\"key\": \"a\", \"value\": 1}",
                    instance.invoke(ToolCall.ofKeywords("kv_get", Map.of("key", "a"))).text());
            }
        } finally {
            Files.delete(target.toPath());
        }
        assertTrue("environment did not go away", ItSupport.await(context, EXAMPLE, false, 10_000));
    }

    @Test
    public void corruptJarIsRejectedAndThePlatformKeepsRunning() throws Exception {
        File corrupt = new File(ItSupport.LOAD_DIR, "corrupt.jar");
        try (CapturedLog err = new CapturedLog("io.envtune")) {
            Files.write(corrupt.toPath(), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
            String line = err.awaitLine("envtune: rejected " + corrupt, 10_000);
            assertNotNull("no rejection line for " + corrupt + " in:\n" + err.text(), line);
            assertTrue(line, line.endsWith("nothing was installed, everything else keeps running"));
            assertEquals(err.text(), 1, err.text().split("envtune: rejected " + corrupt + ":", -1).length - 1);
            for (Bundle b : context.getBundles()) {
                assertFalse("corrupt jar was installed", b.getLocation().contains("corrupt.jar"));
                if (String.valueOf(b.getSymbolicName()).startsWith("io.envtune")) {
                    assertEquals(b.getSymbolicName(), Bundle.ACTIVE, b.getState());
                }
            }
            // Still running: the watched folder still deploys a good jar beside the broken one, and its tools answer.
            droppedJarRegistersItsEnvironmentAndDeletingItWithdrawsIt();
        } finally {
            Files.deleteIfExists(corrupt.toPath());
        }
    }

    @Test
    public void installAndUninstallThroughTheFrameworkApi() throws Exception {
        assertTrue("a previous test left the example installed", ItSupport.await(context, EXAMPLE, false, 10_000));
        Bundle bundle = context.installBundle(exampleJar().toURI().toString());
        bundle.start();
        assertTrue(ItSupport.await(context, EXAMPLE, true, 10_000));
        bundle.uninstall();
        assertTrue(ItSupport.await(context, EXAMPLE, false, 10_000));
    }

    @Test
    public void anUnresolvableBundleGetsOneLineAndNoStackTrace() throws Exception {
        File jar = new File(ItSupport.LOAD_DIR, "unresolvable.jar");
        try (CapturedLog err = new CapturedLog("io.envtune"); CapturedLog fileinstall = new CapturedLog("fileinstall");
             CapturedLog console = new CapturedLog("")) {
            writeManifestOnly(jar, "io.envtune.itest.unresolvable", "no.such.pkg;version=\"[1,2)\"");
            String line = err.awaitLine("envtune: bundle io.envtune.itest.unresolvable 1.0.0", 15_000);
            assertNotNull("no line for the unresolvable bundle in:\n" + err.text(), line);
            assertTrue(line, line.endsWith("cannot resolve: no installed bundle exports package no.such.pkg (version >= "
                + "1.0.0); it stays installed and does nothing, everything else keeps running"));
            // FileInstall did report the failed start (through java.util.logging, as configured) ...
            assertFalse(fileinstall.text(), fileinstall.matching("Error while starting bundle").isEmpty());
            // ... but none of it reached the console handlers, and nothing printed a trace or a second line.
            List<LogRecord> leaked = console.matching("");
            leaked.removeIf(r -> !"fileinstall".equals(r.getLoggerName()));
            assertEquals(List.of(), leaked);
            assertFalse(err.text(), err.text().contains("BundleException"));
            assertTrue(err.text(), err.matching("").stream().allMatch(r -> r.getThrown() == null));
            assertEquals(err.text(), 1, err.text().split("io.envtune.itest.unresolvable", -1).length - 1);
        } finally {
            Files.deleteIfExists(jar.toPath());
        }
    }

    @Test
    public void aSecondCopyIsRefusedThenInstalledOnceTheFirstIsDeleted() throws Exception {
        assertTrue("a previous test left the example installed", ItSupport.await(context, EXAMPLE, false, 10_000));
        File load = ItSupport.LOAD_DIR.getCanonicalFile();
        File first = new File(load, "example.jar");
        File second = new File(load, "example-copy.jar");
        try (CapturedLog err = new CapturedLog("io.envtune")) {
            Files.copy(exampleJar().toPath(), first.toPath(), StandardCopyOption.REPLACE_EXISTING);
            assertTrue("environment did not appear", ItSupport.await(context, EXAMPLE, true, 10_000));
            Files.copy(exampleJar().toPath(), second.toPath(), StandardCopyOption.REPLACE_EXISTING);
            String refused = err.awaitLine("envtune: not installing " + second, 10_000);
            assertNotNull("no line for the second copy in:\n" + err.text(), refused);
            assertTrue(refused, refused.contains("already installed") && refused.endsWith(first.toURI().getPath()
                + "; remove one of the two"));
            Files.delete(first.toPath());
            assertNotNull("the second copy was not handed back in:\n" + err.text(),
                err.awaitLine("envtune: installing " + second + " now", 10_000));
            Bundle b = activeFrom(second, 15_000);
            assertEquals("io.envtune.env.example", b.getSymbolicName());
            assertTrue("environment did not come back", ItSupport.await(context, EXAMPLE, true, 10_000));
            assertEquals(1, context.getServiceReferences(ToolEnvironment.class, EXAMPLE).size());
        } finally {
            Files.deleteIfExists(first.toPath());
            Files.deleteIfExists(second.toPath());
        }
        assertTrue("environment did not go away", ItSupport.await(context, EXAMPLE, false, 10_000));
    }

    @Test
    public void aRejectedJarOverwrittenWithABundleIsInstalled() throws Exception {
        assertTrue("a previous test left the example installed", ItSupport.await(context, EXAMPLE, false, 10_000));
        File jar = new File(ItSupport.LOAD_DIR.getCanonicalFile(), "fixed.jar");
        try (CapturedLog err = new CapturedLog("io.envtune")) {
            Files.write(jar.toPath(), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
            assertNotNull(err.text(), err.awaitLine("envtune: rejected " + jar + ":", 10_000));
            // The user copies the real bundle over the broken file: FileInstall must not keep ignoring the name.
            File part = new File(jar.getParentFile().getParentFile(), "fixed.jar.part");
            Files.copy(exampleJar().toPath(), part.toPath(), StandardCopyOption.REPLACE_EXISTING);
            part.setLastModified(jar.lastModified() + 2_000);
            Files.move(part.toPath(), jar.toPath(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
            assertTrue("the fixed jar was not installed:\n" + err.text(),
                ItSupport.await(context, EXAMPLE, true, 15_000));
            assertEquals(Bundle.ACTIVE, activeFrom(jar, 5_000).getState());
        } finally {
            Files.deleteIfExists(jar.toPath());
        }
        assertTrue("environment did not go away", ItSupport.await(context, EXAMPLE, false, 10_000));
    }

    /** @return the bundle installed from {@code file}, once it is active */
    private Bundle activeFrom(File file, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            for (Bundle b : context.getBundles()) {
                if (b.getLocation().endsWith(file.getName()) && b.getState() == Bundle.ACTIVE) {
                    return b;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no active bundle from " + file);
    }

    /** A bundle of nothing but a manifest, whose one import no bundle exports. */
    private static void writeManifestOnly(File jar, String symbolicName, String imports) throws Exception {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", imports);
        // Written beside the watched folder, then moved in whole: FileInstall never sees half a jar.
        File tmp = new File(jar.getParentFile().getParentFile(), jar.getName() + ".part");
        try (JarOutputStream out = new JarOutputStream(new FileOutputStream(tmp), m)) {
            out.flush();
        }
        Files.move(tmp.toPath(), jar.toPath(), StandardCopyOption.ATOMIC_MOVE);
    }

    private ToolEnvironment service() throws Exception {
        ServiceReference<ToolEnvironment> ref = context.getServiceReferences(ToolEnvironment.class, EXAMPLE)
            .iterator().next();
        return context.getService(ref);
    }
}
