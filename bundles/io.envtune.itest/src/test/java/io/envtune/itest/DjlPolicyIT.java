package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.PolicyProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * The DJL policy bundle in a real Felix framework with the launcher's other bundles: the embedded PyTorch engine
 * starts offline, {@code envtune:generate} runs through a Gogo session, and {@code envtune:eval} plays episodes with
 * the built-in model.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DjlPolicyIT {

    private static final String BSN = "io.envtune.policy.djl";
    private static final long ENGINE_WAIT_MS = 60_000;

    @Inject
    BundleContext context;

    @Inject
    ServiceComponentRuntime scr;

    @Inject
    CommandProcessor commands;

    @Configuration
    public Option[] config() {
        return ItSupport.withDjl();
    }

    private Bundle djlBundle() {
        return Arrays.stream(context.getBundles()).filter(b -> BSN.equals(b.getSymbolicName())).findFirst()
            .orElseThrow(() -> new AssertionError(BSN + " is not installed"));
    }

    /**
     * A session on buffers: Gogo redirects System.out/err to the running command's session per thread, so a session
     * built on them would write into itself once a library prints (DJL's and SLF4J's start-up messages do).
     */
    private CommandSession session() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return commands.createSession(new ByteArrayInputStream(new byte[0]), sink, sink);
    }

    @Test
    public void engineStartsOfflineFromTheEmbeddedNatives() throws Exception {
        assertTrue("generate command registered once the engine is up",
            ItSupport.await(context, "(osgi.command.function=generate)", true, ENGINE_WAIT_MS));
        Bundle djl = djlBundle();
        assertEquals(Bundle.ACTIVE, djl.getState());
        assertNotNull("PyTorch CPU natives embedded", djl.getEntry("lib/pytorch-native-cpu.jar"));
        assertNotNull("the warm-started built-in model ships inside", djl.getEntry("builtin/model.safetensors"));
        assertEquals("true", System.getProperty("ai.djl.offline"));
        long active = scr.getComponentDescriptionDTOs(djl).stream()
            .filter(d -> d.name.endsWith(".DjlEngine"))
            .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
            .filter(c -> c.state == ComponentConfigurationDTO.ACTIVE).count();
        assertEquals("DjlEngine activated (engine loaded)", 1, active);
        List<String> schemes = new ArrayList<>();
        for (ServiceReference<PolicyProvider> ref : context.getServiceReferences(PolicyProvider.class, null)) {
            schemes.add(context.getService(ref).scheme());
            context.ungetService(ref);
        }
        assertTrue(schemes.toString(), schemes.contains("djl"));
    }

    @Test
    public void generateRunsThroughAGogoSession() throws Exception {
        assertTrue(ItSupport.await(context, "(osgi.command.function=generate)", true, ENGINE_WAIT_MS));
        CommandSession session = session();
        try {
            String text = String.valueOf(session.execute("envtune:generate --model builtin --prompt "
                + "\"What is in the current directory?\" --n 2 --max-new-tokens 12 --constrained "
                + "--env GorillaFileSystem"));
            assertTrue(text, text.startsWith("--- 1/2: ") && text.contains("\n--- 2/2: "));
            assertTrue("constrained output opens with a think tag: " + text, text.contains("<think>"));
            String verbose = String.valueOf(session.execute("envtune:generate --model builtin --prompt hello --n 2 "
                + "--max-new-tokens 4 --verbose"));
            assertTrue("inside the framework too, decoding takes the packed, scripted path: " + verbose,
                verbose.startsWith("# PyTorch ") && verbose.contains("packed weights, one scripted call per step"));
            String ids = String.valueOf(session.execute("envtune:generate --model builtin --prompt-ids 1,5,9 "
                + "--greedy --max-new-tokens 6 --ids"));
            assertTrue(ids, ids.matches("\\d+(,\\d+){0,5}"));
        } finally {
            session.close();
        }
    }

    @Test
    public void evalPlaysBuiltInTasksWithTheBuiltInModel() throws Exception {
        assertTrue(ItSupport.await(context, "(osgi.command.function=generate)", true, ENGINE_WAIT_MS));
        CommandSession session = session();
        try {
            File out = new File(ItSupport.freshDir("eval-djl"), "out");
            String table = String.valueOf(session.execute("envtune:eval --policy djl:builtin --limit 2 "
                + "--max-steps 1 --out " + out.getAbsolutePath()));
            assertTrue(table, table.contains("\n2 episodes in "));
            assertTrue("records written", new File(out, "records.jsonl").length() > 0);
            assertTrue("summary written", new File(out, "summary.json").length() > 0);
        } finally {
            session.close();
        }
    }
}
