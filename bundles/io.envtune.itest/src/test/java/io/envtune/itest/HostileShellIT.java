package io.envtune.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.curriculum.PaperCurriculum;
import io.envtune.train.RunFolder;
import io.envtune.train.RunState;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The hostile command lines of issue 18, typed into real Gogo sessions of the running platform: each is refused in
 * one line naming the problem, with the exact text, and nothing on disk changes (a run or an evaluation keeps every
 * byte; no folder appears). Each case prints a row {@code REFUSAL|item|input|text} for the record.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileShellIT {

    @Inject
    CommandProcessor commands;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return ItSupport.baseOptions();
    }

    private static Path work(String name) throws Exception {
        Path dir = new File(System.getProperty("envtune.it.work"), "hostile-shell").toPath().toAbsolutePath();
        Files.createDirectories(dir);
        return Files.createTempDirectory(dir, name);
    }

    /** Replays one line, asserts its exact refusal, and prints the row. */
    private void refused(String item, String expected, String line) throws Exception {
        String text = new Gogo(commands).refusal(line);
        System.out.println("REFUSAL|" + item + "|" + line + "|" + text);
        assertEquals(line, expected, text);
    }

    /** A finished three-step run, as the training loop leaves it. */
    private static Path finishedRun() throws Exception {
        Path dir = work("run");
        RunFolder folder = new RunFolder(dir);
        folder.writeJson("config.json", new RunConfig("djl:builtin", "", "", 3, 2, 1, 7, PaperCurriculum.stages(),
            false, "", 4));
        folder.writeJson("state.json", new RunState(3, "step-3", null, null, Double.NaN, 1.5, null, null));
        Files.writeString(dir.resolve("summary.json"), "{\"steps\": 3}");
        return dir;
    }

    /** The shape of a run's {@code config.json} (the shell's own record is internal to its bundle). */
    record RunConfig(String policy, String bfcl, String tasks, int steps, int groupSize, int batch, long seed,
                     List<?> stages, boolean constrained, String source, Integer validationSamples) {
    }

    @Test
    public void item1AResumeKeepsItsRunAndOutNeverOverwrites() throws Exception {
        Path run = finishedRun();
        Map<String, String> before = Gogo.snapshot(run);
        refused("1", "envtune:train: --resume takes every setting from " + run.resolve("config.json")
            + "; drop --steps, --seed", "envtune:train --resume " + run + " --steps 9 --seed 1");
        refused("1", "envtune:train: --out " + run + " already holds a training run; choose a new folder, or add "
            + "--force to replace it", "envtune:train --out " + run + " --steps 1");
        String finished = new Gogo(commands).run("envtune:train --resume " + run);
        System.out.println("REFUSAL|1|envtune:train --resume " + run + "|" + finished);
        assertEquals("run " + run + " is finished (3/3 steps); nothing changed", finished);
        assertEquals(before, Gogo.snapshot(run));
        Path empty = work("empty");
        refused("1", "envtune:train: nothing to resume in " + empty + " (no config.json)",
            "envtune:train --resume " + empty);
        assertEquals(Map.of(), Gogo.snapshot(empty));
    }

    @Test
    public void item2NumbersOutOfRangeAreRefusedAndNoRunStarts() throws Exception {
        Path out = work("out").resolve("never");
        String see = " (see envtune:train --help)";
        refused("2", "envtune:train: Invalid value for option '--steps': 0 is out of range 1..1000000" + see,
            "envtune:train --steps 0 --out " + out);
        refused("2", "envtune:train: Invalid value for option '--steps': -1 is out of range 1..1000000" + see,
            "envtune:train --steps=-1 --out " + out);
        refused("2", "envtune:train: Invalid value for option '--group-size': 0 is out of range 1..1024" + see,
            "envtune:train --group-size 0 --out " + out);
        refused("2", "envtune:train: Invalid value for option '--batch': 0 is out of range 1..100000" + see,
            "envtune:train --batch 0 --out " + out);
        refused("2", "envtune:train: Invalid value for option '--steps': '2.7' is not an int" + see,
            "envtune:train --steps 2.7 --out " + out);
        assertFalse(Files.exists(out));
    }

    @Test
    public void item6EvalNeedsAPolicyAndKeepsAnEarlierEvaluation() throws Exception {
        Path out = work("eval").resolve("never");
        refused("6", "envtune:eval: Missing required option: '--policy=SPEC' (see envtune:eval --help)",
            "envtune:eval --out " + out);
        Path evaluation = work("evaluation");
        Files.writeString(evaluation.resolve("summary.json"), "{}");
        refused("6", "envtune:eval: --out " + evaluation + " already holds an evaluation; choose a new folder, or "
            + "add --force to replace it", "envtune:eval --policy oracle --out " + evaluation);
        assertEquals(Map.of("summary.json", "{}"), Gogo.snapshot(evaluation));
        assertFalse(Files.exists(out));
    }

    @Test
    public void item7BadActionsAndWrongFilesFail() throws Exception {
        refused("7", "envtune:stage: Invalid value for option '--action': expected one of [show, next, tasks, split] "
            + "(case-sensitive) but was 'bogus' (see envtune:stage --help)", "envtune:stage --action bogus");
        Path data = ItSupport.bfclData();
        if (data != null) {
            Path out = work("check").resolve("verdicts.jsonl");
            refused("7", "envtune:check: line 1 of /etc/passwd is not a trajectory (a JSON object with a string "
                + "\"id\" and \"model_result_decoded\"); is --in the right file?", "envtune:check --bfcl " + data
                + " --in /etc/passwd --out " + out);
            assertFalse(Files.exists(out));
        }
    }

    @Test
    public void item11EveryCommandHasHelpAndOneLineRefusals() throws Exception {
        Gogo gogo = new Gogo(commands);
        for (String command : ItSupport.COMMANDS) {
            String usage = gogo.run(command + " --help");
            assertTrue(command + ": " + usage, usage.startsWith("Usage: " + command));
            refused("11", command + ": Unknown option: '--bogus' (see " + command + " --help)", command
                + " --bogus");
        }
        String see = " (see envtune:train --help)";
        refused("11", "envtune:train: Invalid value for option '--steps': 'abc' is not an int" + see,
            "envtune:train --steps abc");
        refused("11", "envtune:train: Missing required parameter for option '--steps' (N)" + see,
            "envtune:train --steps");
        refused("11", "envtune:train: Unknown option: '--stpes'; did you mean --steps?" + see,
            "envtune:train --stpes 3");
        refused("11", "envtune:train: option '--steps' (N) should be specified only once" + see,
            "envtune:train --steps 3 --steps 4");
        String help = gogo.run("envtune:train --help");
        assertTrue(help, help.contains("Default: 7.") && help.contains("Allowed: 1..1000000."));
        assertTrue(gogo.run("envtune:tools --help"), gogo.run("envtune:tools --help").contains("Usage:"));
        String tools = gogo.run("envtune:tools GorillaFileSystem");
        assertTrue(tools, tools.contains("ls"));
    }

    @Test
    public void item12ATypoInACommandNameFailsAtOnce() throws Exception {
        long start = System.nanoTime();
        String text = new Gogo(commands).refusal("envtune:evl --policy oracle");
        long sessionMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("REFUSAL|12|envtune:evl --policy oracle (Gogo session, " + sessionMs + " ms)|" + text);
        assertEquals("Command not found: envtune:evl", text);
        assertTrue(sessionMs + " ms", sessionMs < 2_000);
        start = System.nanoTime();
        int rc = runOnce("envtune:evl", "--policy", "oracle");
        long runnerMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("REFUSAL|12|java -jar envtune.jar envtune:evl --policy oracle (" + runnerMs + " ms)|exit "
            + rc);
        assertEquals(1, rc);
        assertTrue(runnerMs + " ms", runnerMs < 10_000);
    }

    @Test
    public void item13AFileErrorIsRefusedAndWritesNothing() throws Exception {
        Path data = ItSupport.bfclData();
        if (data == null) {
            return;
        }
        Path out = work("nope").resolve("verdicts.jsonl");
        String line = "envtune:check --bfcl " + data + " --in /proc/nope --out " + out;
        String text = new Gogo(commands).refusal(line);
        System.out.println("REFUSAL|13|" + line + "|" + text);
        assertEquals("envtune:check: no such file or folder: /proc/nope", text);
        assertEquals(1, runOnce("envtune:check", "--bfcl", data.toString(), "--in", "/proc/nope", "--out",
            out.toString()));
        assertFalse(Files.exists(out));
    }

    /**
     * Runs a command line the way {@code java -jar envtune.jar <args>} does: the launcher publishes the arguments as
     * a service property and calls the shell's main-thread runner.
     *
     * @return the runner's exit status
     */
    private int runOnce(String... args) throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("launcher.arguments", args);
        ServiceRegistration<Object> published = context.registerService(Object.class, new Object(), props);
        try {
            @SuppressWarnings("rawtypes")
            ServiceReference<Callable> ref = context.getServiceReferences(Callable.class, "(main.thread=true)")
                .iterator().next();
            return (Integer) context.getService(ref).call();
        } finally {
            published.unregister();
        }
    }
}
