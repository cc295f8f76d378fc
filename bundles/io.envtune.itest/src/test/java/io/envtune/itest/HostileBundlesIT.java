package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Hostile bundles dropped into {@code load/}: one that throws in activation and two that register malformed
 * environments. Each is rejected with one clear log line, is not listed, and everything else keeps running.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileBundlesIT {

    @Inject
    BundleContext context;

    @Inject
    CommandProcessor commands;

    @Configuration
    public Option[] config() {
        HostileJars.build("throwing", "1.0.0", "throw", "Throwing");
        HostileJars.build("duplicate", "1.0.0", "duplicate", "Duplicate");
        HostileJars.build("schema", "1.0.0", "schema", "BadSchema");
        return ItSupport.baseOptions();
    }

    @Test
    public void aBundleThatThrowsInActivationIsRejectedInOneLineAndStaysInactive() throws Exception {
        try (CapturedLog err = new CapturedLog("io.envtune")) {
            File dropped = ItSupport.drop(HostileJars.DIR, "throwing-1.0.0.jar", "throwing.jar");
            try {
                String line = err.awaitLine("envtune: rejected bundle io.envtune.itest.hostile.throwing", 10_000);
                assertNotNull("no rejection line in:\n" + err.text(), line);
                assertTrue(line, line.contains("its activator failed while starting"));
                Bundle b = ItSupport.installed(context, "io.envtune.itest.hostile.throwing");
                assertNotEquals(Bundle.ACTIVE, b.getState());
                assertEnvtuneBundlesActive();
            } finally {
                Files.delete(dropped.toPath());
            }
        }
    }

    @Test
    public void malformedEnvironmentsAreRejectedInOneLineEachAndNotListed() throws Exception {
        try (CapturedLog err = new CapturedLog("io.envtune")) {
            File dup = ItSupport.drop(HostileJars.DIR, "duplicate-1.0.0.jar", "duplicate.jar");
            File schema = ItSupport.drop(HostileJars.DIR, "schema-1.0.0.jar", "schema.jar");
            try {
                String dupLine = err.awaitLine("envtune: rejected environment 'Duplicate'", 10_000);
                String schemaLine = err.awaitLine("envtune: rejected environment 'BadSchema'", 10_000);
                assertNotNull("no rejection of the duplicate tools in:\n" + err.text(), dupLine);
                assertNotNull("no rejection of the bad schema in:\n" + err.text(), schemaLine);
                assertTrue(dupLine, dupLine.contains("duplicate tool name 'echo'"));
                assertTrue(schemaLine, schemaLine.contains("tool 'echo' parameter 'text': type 'strng' is not one of"));
                assertEquals(1, err.text().split("rejected environment 'Duplicate'", -1).length - 1);
                String envs = gogo("envtune:envs");
                assertFalse(envs, envs.contains("Duplicate"));
                assertFalse(envs, envs.contains("BadSchema"));
                assertTrue(envs, envs.contains("GorillaFileSystem"));
                assertEnvtuneBundlesActive();
            } finally {
                Files.delete(dup.toPath());
                Files.delete(schema.toPath());
            }
        }
    }

    private String gogo(String command) throws Exception {
        // Streams of its own: Gogo routes the session thread's System.out/err into the session's streams, so passing
        // those (or the test's tee of System.err) would loop.
        java.io.PrintStream own = new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true);
        CommandSession session = commands.createSession(System.in, own, own);
        try {
            return String.valueOf(session.execute(command));
        } finally {
            session.close();
        }
    }

    private void assertEnvtuneBundlesActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String bsn = String.valueOf(b.getSymbolicName());
            if (bsn.startsWith("io.envtune") && !bsn.startsWith("io.envtune.itest.hostile")
                && b.getState() != Bundle.ACTIVE) {
                notActive.add(bsn);
            }
        }
        assertEquals(List.of(), notActive);
    }
}
