package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.cli.ArgumentException;
import io.envtune.cli.CommandBody;
import io.envtune.cli.FileErrors;
import io.envtune.curriculum.Curriculum;
import io.envtune.curriculum.PaperCurriculum;
import io.envtune.platform.StaticPlugins;
import io.envtune.runtime.AugmenterChain;
import io.envtune.testkit.BfclDomains;
import io.envtune.testkit.BfclFixtures;
import io.envtune.train.RunFolder;
import io.envtune.train.RunState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.Assume;
import org.junit.Test;

/**
 * Hostile command lines against the real command classes: each is refused with its exact one-line text, and nothing
 * on disk changes (every file of the folder keeps its bytes; no folder appears).
 */
public final class HostileCommandsTest {

    private final StaticPlugins plugins = new StaticPlugins(BfclDomains.environments(), List.of(),
        AugmenterChain.EMPTY, List.of(), new Curriculum(PaperCurriculum.stages(), null));
    private final TrainCommands train = new TrainCommands(plugins);
    private final EvalCommands eval = new EvalCommands(plugins);

    private static String refusal(CommandBody<String[]> command, String... args) throws Exception {
        try {
            Object result = command.run(args);
            throw new AssertionError("accepted " + String.join(" ", args) + ": " + result);
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage(), e.getMessage().contains("\n"));
            return e.getMessage();
        }
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }

    private static Path finishedRun() throws IOException {
        Path dir = Files.createTempDirectory("envtune-run");
        RunFolder folder = new RunFolder(dir);
        folder.writeJson("config.json", new TrainCommands.RunConfig("djl:builtin", "", "", 3, 2, 1, 7,
            PaperCurriculum.stages(), false, "", 4));
        folder.writeJson("state.json", new RunState(3, "step-3", null, null, Double.NaN, 1.5, null, null));
        Files.writeString(dir.resolve("summary.json"), "{\"steps\": 3}");
        return dir;
    }

    @Test
    public void outOfRangeNumbersAreRefusedAndNoRunStarts() throws Exception {
        Path out = Files.createTempDirectory("envtune-out").resolve("never");
        assertEquals("envtune:train: Invalid value for option '--steps': 0 is out of range 1..1000000 (see "
            + "envtune:train --help)", refusal(train::train, "--steps", "0", "--out", out.toString()));
        assertEquals("envtune:train: Invalid value for option '--steps': -1 is out of range 1..1000000 (see "
            + "envtune:train --help)", refusal(train::train, "--steps=-1", "--out", out.toString()));
        assertEquals("envtune:train: Invalid value for option '--group-size': 0 is out of range 1..1024 (see "
            + "envtune:train --help)", refusal(train::train, "--group-size", "0", "--out", out.toString()));
        assertEquals("envtune:train: Invalid value for option '--batch': 0 is out of range 1..100000 (see "
            + "envtune:train --help)", refusal(train::train, "--batch", "0", "--out", out.toString()));
        assertEquals("envtune:train: Invalid value for option '--steps': '2.7' is not an int (see envtune:train "
            + "--help)", refusal(train::train, "--steps", "2.7"));
        assertEquals("envtune:train: Unknown option: '--stpes'; did you mean --steps? (see envtune:train --help)",
            refusal(train::train, "--stpes", "3"));
        assertFalse(Files.exists(out));
    }

    @Test
    public void aResumeTakesItsOwnConfigAndRefusesOtherOptions() throws Exception {
        Path run = finishedRun();
        Map<String, String> before = snapshot(run);
        assertEquals("envtune:train: --resume takes every setting from " + run.resolve("config.json")
            + "; drop --steps, --seed", refusal(train::train, "--resume", run.toString(), "--steps", "9",
            "--seed", "1"));
        assertEquals("run " + run + " is finished (3/3 steps); nothing changed", train.train("--resume",
            run.toString()));
        assertEquals(before, snapshot(run));
        Path empty = Files.createTempDirectory("envtune-empty");
        assertEquals("envtune:train: nothing to resume in " + empty + " (no config.json)",
            refusal(train::train, "--resume", empty.toString()));
        assertEquals(Map.of(), snapshot(empty));
    }

    @Test
    public void outRefusesAFolderHoldingARunOrAnEvaluation() throws Exception {
        Path run = finishedRun();
        Map<String, String> before = snapshot(run);
        assertEquals("envtune:train: --out " + run + " already holds a training run; choose a new folder, or add "
            + "--force to replace it", refusal(train::train, "--out", run.toString(), "--steps", "1"));
        assertEquals("envtune:eval: --out " + run + " already holds a training run; choose a new folder, or add "
            + "--force to replace it", refusal(eval::eval, "--policy", "oracle", "--out", run.toString()));
        Path evaluation = Files.createTempDirectory("envtune-eval");
        Files.writeString(evaluation.resolve("summary.json"), "{}");
        assertEquals("envtune:eval: --out " + evaluation + " already holds an evaluation; choose a new folder, or "
            + "add --force to replace it", refusal(eval::eval, "--policy", "oracle", "--out", evaluation.toString()));
        assertEquals(before, snapshot(run));
        assertEquals(Map.of("summary.json", "{}"), snapshot(evaluation));
    }

    @Test
    public void evalNeedsAPolicyAndStageAKnownAction() throws Exception {
        assertEquals("envtune:eval: Missing required option: '--policy=SPEC' (see envtune:eval --help)",
            refusal(eval::eval, "--out", "/nonexistent/never"));
        assertEquals("envtune:eval: Invalid value for option '--mode': expected one of [standard, augmented] "
            + "(case-sensitive) but was 'augmentd' (see envtune:eval --help)",
            refusal(eval::eval, "--policy", "oracle", "--mode", "augmentd"));
        assertEquals("envtune:stage: Invalid value for option '--action': expected one of [show, next, tasks, split] "
            + "(case-sensitive) but was 'bogus' (see envtune:stage --help)",
            refusal(train::stage, "--action", "bogus"));
        assertEquals("envtune:stage: --action show needs --run DIR", refusal(train::stage));
        assertEquals("envtune:envs: unexpected argument 'x' (options start with --) (see envtune:envs --help)",
            refusal(new EnvironmentCommands(plugins)::envs, "x"));
    }

    @Test
    public void checkRefusesAFileThatHoldsNoTrajectories() throws Exception {
        Path data = BfclFixtures.dataDir();
        Assume.assumeTrue("BFCL data", data != null);
        Path out = Files.createTempDirectory("envtune-check").resolve("verdicts.jsonl");
        BfclCommands check = new BfclCommands(plugins);
        assertEquals("envtune:check: line 1 of /etc/passwd is not a trajectory (a JSON object with a string \"id\" "
            + "and \"model_result_decoded\"); is --in the right file?", refusal(check::check, "--bfcl",
            data.toString(), "--in", "/etc/passwd", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    public void helpShowsDefaultsAndRanges() throws Exception {
        String help = (String) train.train("--help");
        assertTrue(help, help.startsWith("Usage: envtune:train"));
        assertTrue(help, help.contains("Allowed: 1..1000000."));
        String evalHelp = (String) eval.eval("-h");
        assertTrue(evalHelp, evalHelp.contains("Default: eval-out") && evalHelp.contains("Default: 5000"));
        // A bare '%' in a description is a format error to picocli: it warns on the error stream and prints "%n".
        assertTrue(evalHelp, evalHelp.replaceAll("\\s+", " ").contains("the oracle scores 100% by construction"));
    }

    @Test
    public void unknownCommandsAndFileErrorsNameTheProblem() {
        List<String> known = List.of("envtune:eval", "envtune:envs", "envtune:train", "envtune:stage");
        assertEquals(List.of("envtune:eval"), CommandNames.closest("envtune:evl", known));
        assertEquals(List.of("envtune:train"), CommandNames.closest("trian", known));
        assertEquals("no such file or folder: /proc/nope", FileErrors.describe(new NoSuchFileException("/proc/nope")));
        assertEquals("cannot read stages file s.json: no such file or folder: s.json", FileErrors.describe(
            new java.io.UncheckedIOException("cannot read stages file s.json", new NoSuchFileException("s.json"))));
        assertTrue(ArgumentException.class.getName().startsWith("io.envtune.cli"));
    }
}
