package io.envtune.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Hostile command lines against one declared command: each refused in one line that names the option. */
public final class CommandArgsTest {

    enum Action { show, next }

    @Command(description = "A sample command.")
    static final class Sample {
        @Option(names = "--steps", description = "Total steps; default: the curriculum's budget.")
        @Range(min = 1, max = 1000)
        Integer steps;

        @Option(names = "--seed", description = "Seed.")
        long seed = 7;

        @Option(names = "--action", description = "One of: ${COMPLETION-CANDIDATES}.")
        Action action = Action.show;

        @Option(names = "--force", description = "Overwrite.")
        boolean force;

        @Parameters(arity = "0..1", description = "The run folder.")
        String run;
    }

    private static Sample parse(String... args) throws Exception {
        Sample sample = new Sample();
        Object result = CommandArgs.run("x:cmd", sample, args, o -> o);
        if (result instanceof String help) {
            throw new AssertionError("help instead of a parse: " + help);
        }
        return sample;
    }

    private static String refusal(String... args) {
        try {
            CommandArgs.run("x:cmd", new Sample(), args, o -> "ran");
        } catch (ArgumentException e) {
            assertFalse("one line: " + e.getMessage(), e.getMessage().contains("\n"));
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + String.join(" ", args));
    }

    @Test
    public void defaultsAndBothValueForms() throws Exception {
        Sample plain = parse();
        assertEquals(null, plain.steps);
        assertEquals(7, plain.seed);
        Sample given = parse("--steps=5", "--seed", "9", "--action", "next", "--force", "runs/a");
        assertEquals(Integer.valueOf(5), given.steps);
        assertEquals(9, given.seed);
        assertEquals(Action.next, given.action);
        assertTrue(given.force);
        assertEquals("runs/a", given.run);
    }

    @Test
    public void outOfRangeNamesTheOptionAndTheRange() {
        assertEquals("x:cmd: Invalid value for option '--steps': 0 is out of range 1..1000 (see x:cmd --help)",
            refusal("--steps", "0"));
        assertEquals("x:cmd: Invalid value for option '--steps': -1 is out of range 1..1000 (see x:cmd --help)",
            refusal("--steps=-1"));
        assertEquals("x:cmd: Invalid value for option '--steps': 1001 is out of range 1..1000 (see x:cmd --help)",
            refusal("--steps", "1001"));
    }

    @Test
    public void wrongTypesAndMissingValues() {
        assertEquals("x:cmd: Invalid value for option '--steps': '2.7' is not an int (see x:cmd --help)",
            refusal("--steps", "2.7"));
        assertEquals("x:cmd: Invalid value for option '--seed': '4294967297x' is not a long (see x:cmd --help)",
            refusal("--seed", "4294967297x"));
        assertTrue(refusal("--steps").startsWith("x:cmd: Missing required parameter for option '--steps'"));
        assertEquals("x:cmd: Invalid value for option '--steps': '4294967297' is not an int (see x:cmd --help)",
            refusal("--steps", "4294967297"));
    }

    @Test
    public void enumNamesTheAllowedValues() {
        String r = refusal("--action", "bogus");
        assertTrue(r, r.contains("'--action'") && r.contains("[show, next]") && r.contains("'bogus'"));
    }

    @Test
    public void unknownOptionSuggestsTheClosest() {
        String r = refusal("--stpes", "3");
        assertTrue(r, r.startsWith("x:cmd: Unknown option: '--stpes'") && r.contains("did you mean --steps"));
        assertEquals("x:cmd: Unknown option: '--sed'; did you mean --seed? (see x:cmd --help)",
            refusal("--sed=3"));
        assertEquals("x:cmd: unexpected argument 'b' (options start with --) (see x:cmd --help)", refusal("a", "b"));
        assertTrue(refusal("--seed", "1", "--seed", "2").contains("should be specified only once"));
    }

    @Test
    public void helpShowsDefaultsAndRangesAndRunsNothing() throws Exception {
        Object help = CommandArgs.run("x:cmd", new Sample(), new String[] {"--steps", "3", "--help"},
            o -> {
                throw new AssertionError("ran");
            });
        String text = (String) help;
        assertTrue(text, text.startsWith("Usage: x:cmd"));
        assertTrue(text, text.contains("Allowed: 1..1000."));
        assertTrue(text, text.contains("Default: 7"));
        assertTrue(text, text.contains("One of: show, next."));
        assertEquals(CommandArgs.help("x:cmd", new Sample()), text);
    }

    @Command(description = "A command with a required option.")
    static final class Required {
        @Option(names = "--in", required = true, description = "Input.")
        String in;
    }

    @Test
    public void anUnknownOptionIsNamedBeforeAMissingRequiredOne() throws Exception {
        for (String[] args : new String[][] {{"--bogus"}, {"--bogus=3"}}) {
            try {
                CommandArgs.run("x:req", new Required(), args, o -> "ran");
                throw new AssertionError("accepted " + args[0]);
            } catch (ArgumentException e) {
                assertEquals("x:req: Unknown option: '--bogus' (see x:req --help)", e.getMessage());
            }
        }
        try {
            CommandArgs.run("x:req", new Required(), new String[] {"--inn", "a"}, o -> "ran");
            throw new AssertionError("accepted --inn");
        } catch (ArgumentException e) {
            assertEquals("x:req: Unknown option: '--inn'; did you mean --in? (see x:req --help)", e.getMessage());
        }
        try {
            CommandArgs.run("x:req", new Required(), new String[0], o -> "ran");
            throw new AssertionError("accepted no --in");
        } catch (ArgumentException e) {
            assertEquals("x:req: Missing required option: '--in=<in>' (see x:req --help)", e.getMessage());
        }
    }

    @Test
    public void aFileErrorOfTheCommandIsOneLineNamingTheProblem() throws Exception {
        try {
            CommandArgs.run("x:cmd", new Sample(), new String[0],
                o -> java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/nope")));
            throw new AssertionError("read /proc/nope");
        } catch (IllegalArgumentException e) {
            assertEquals("x:cmd: no such file or folder: /proc/nope", e.getMessage());
            // The launcher's runner describes what reaches it again: the refusal is not repeated.
            assertEquals("x:cmd: no such file or folder: /proc/nope", FileErrors.describe(e));
        }
    }
}
