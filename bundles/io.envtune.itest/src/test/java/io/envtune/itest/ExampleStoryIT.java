package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
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
import org.osgi.framework.BundleContext;

/**
 * The example environment's README story, played as a user would, without a restart: drop the jar into
 * {@code load/}, evaluate the oracle on the tasks it ships ({@code --source builtin.KeyValueStore}: every turn
 * passes), then train the built-in model (DJL) on them for one short step and get a summary and a report.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExampleStoryIT {

    private static final String SOURCE = "builtin.KeyValueStore";

    @Inject
    BundleContext context;

    @Inject
    CommandProcessor commands;

    /** The built-in model trains, so the DJL bundle is installed too (as in {@code DjlPolicyIT}). */
    @Configuration
    public Option[] config() {
        return ItSupport.withDjl();
    }

    @Test
    public void dropInThenEvaluateAndTrainOnTheExampleTasks() throws Exception {
        File[] jars = new File(System.getProperty("envtune.it.hot")).listFiles((d, n) -> n.endsWith(".jar"));
        assertEquals(1, jars.length);
        File target = new File(ItSupport.LOAD_DIR, "example.jar");
        Files.copy(jars[0].toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        try {
            assertTrue("the example's tasks did not appear", ItSupport.await(context,
                "(component.name=io.envtune.env.example.internal.KeyValueStoreTasks)", true, 10_000));
            File work = ItSupport.freshDir("example-story");
            String eval = gogo("envtune:eval --policy oracle --source " + SOURCE + " --out "
                + new File(work, "eval").getAbsolutePath());
            assertTrue(eval, eval.contains("9 episodes"));
            assertTrue(eval, eval.matches("(?s).*overall\\s+9\\s+1\\.000 ± 0\\.000\\s+1\\.000 ± 0\\.000.*"));
            assertTrue("the DJL policy provider did not start", ItSupport.await(context,
                "(component.name=io.envtune.policy.djl.internal.DjlPolicyProvider)", true, 60_000));
            String train = gogo("envtune:train --source " + SOURCE + " --steps 1 --group-size 2 --batch 1 --out "
                + new File(work, "train").getAbsolutePath());
            assertTrue(train, new File(work, "train/summary.json").isFile());
            assertTrue(train, train.contains("report: "));
        } finally {
            Files.delete(target.toPath());
        }
    }

    private String gogo(String command) throws Exception {
        // Streams of its own: Gogo routes the session thread's System.out/err into the session's streams.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream own = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandSession session = commands.createSession(System.in, own, own);
        try {
            return String.valueOf(session.execute(command));
        } finally {
            session.close();
        }
    }
}
