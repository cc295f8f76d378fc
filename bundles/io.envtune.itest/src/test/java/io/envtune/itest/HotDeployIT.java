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
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Map;
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

/** Environment bundles come and go at run time: through the watched folder and through the framework API. */
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

    private ToolEnvironment service() throws Exception {
        ServiceReference<ToolEnvironment> ref = context.getServiceReferences(ToolEnvironment.class, EXAMPLE)
            .iterator().next();
        return context.getService(ref);
    }
}
