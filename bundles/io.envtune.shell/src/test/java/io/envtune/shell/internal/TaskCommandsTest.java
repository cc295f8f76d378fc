package io.envtune.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.GenerationSettings;
import io.envtune.api.Task;
import io.envtune.toolkit.TaskLines;
import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code envtune:tasks}: generated tasks written as task lines, per-domain counts, and the refusals. */
public class TaskCommandsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** A small real generator: counter tasks with one to two calls a turn. */
    private static final class Counter extends DraftGenerator {
        Counter(String env) {
            super(env, env.toLowerCase());
        }

        @Override
        protected TaskDraft draft(DraftContext c) {
            TaskDraft d = new TaskDraft(environmentId(), "{\"start\": " + c.nextInt(9) + "}");
            for (int t = 0; t < c.turns(); t++) {
                List<Request> rs = new ArrayList<>();
                int k = c.nextInt(100);
                rs.add(Request.of(c.wording().phrase(List.of("add {k}", "increase by {k}"), "k", k),
                    CallText.of("inc", "by", (long) k)).vague("increase it", "By " + k + "."));
                d.turn(rs);
            }
            return d;
        }
    }

    private TaskCommands commands() {
        TaskCommands c = new TaskCommands();
        c.addGenerator(new Counter("Alpha"));
        c.addGenerator(new Counter("Beta"));
        return c;
    }

    private static List<Task> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TaskLines.read(in, file.toString());
        }
    }

    private String run(TaskCommands c, String domain, int n, Path out, boolean force) throws IOException {
        return tasks(c, "--generate", domain, "--n", String.valueOf(n), "--seed", "11", "--out", out.toString(),
            force ? "--force" : "--splits=base,miss_func,miss_param");
    }

    /** The command as the shell calls it, with the raw words. */
    private static String tasks(TaskCommands c, String... args) throws IOException {
        try {
            return (String) c.tasks(args);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void allWritesNTasksPerDomainAsTaskLines() throws IOException {
        Path out = tmp.getRoot().toPath().resolve("sub/gen.jsonl");
        String summary = run(commands(), "all", 30, out, false);
        assertTrue(summary, summary.startsWith("Alpha: 30 tasks (base 10, miss_func 10, miss_param 10), "));
        assertTrue(summary, summary.contains("\nBeta: 30 tasks (base 10, miss_func 10, miss_param 10), "));
        assertTrue(summary, summary.contains("60 tasks -> "));
        List<Task> back = read(out);
        List<Task> expected = new ArrayList<>(new Counter("Alpha").generate(GenerationSettings.of(30, 11)));
        expected.addAll(new Counter("Beta").generate(GenerationSettings.of(30, 11)));
        assertEquals(expected, back);
        assertEquals(List.of("gen.jsonl"), List.of(out.getParent().toFile().list()));
    }

    @Test
    public void oneDomainByCaseInsensitiveIdAndTheSameFileForTheSameSettings() throws IOException {
        Path a = tmp.getRoot().toPath().resolve("a.jsonl");
        Path b = tmp.getRoot().toPath().resolve("b.jsonl");
        run(commands(), "beta", 12, a, false);
        run(commands(), "Beta", 12, b, false);
        assertEquals(Files.readString(a), Files.readString(b));
        assertTrue(read(a).stream().allMatch(t -> t.involvedClasses().equals(List.of("Beta"))));
    }

    @Test
    public void refusesAnExistingFileUnlessForced() throws IOException {
        Path out = tmp.newFile("taken.jsonl").toPath();
        try {
            run(commands(), "all", 5, out, false);
            fail("overwrote");
        } catch (IllegalArgumentException e) {
            assertEquals(out + " exists; pass --force to replace it", e.getMessage());
        }
        assertEquals("", Files.readString(out));
        run(commands(), "all", 5, out, true);
        assertEquals(10, read(out).size());
    }

    @Test
    public void badInputGetsOneLineErrors() throws IOException {
        Path out = tmp.getRoot().toPath().resolve("x.jsonl");
        TaskCommands c = commands();
        expect(() -> run(c, "Gamma", 5, out, false), "no task generator for 'Gamma'; registered: [Alpha, Beta]");
        expect(() -> tasks(c, "--generate", "all"), "envtune:tasks: --generate needs --out FILE");
        expect(() -> run(c, "all", 0, out, false), "envtune:tasks: Invalid value for option '--n': 0 is out of range "
            + "1..1000000 (see envtune:tasks --help)");
        expect(() -> tasks(c, "--generate", "all", "--out", out.toString(), "--splits", "base,long"),
            "envtune:tasks: splits must be");
        expect(() -> tasks(c, "--generate=all", "--out", out.toString(), "--min-turns", "3", "--max-turns", "2"),
            "envtune:tasks: maxTurns must be");
        expect(() -> tasks(c, "--n", "abc"), "envtune:tasks: Invalid value for option '--n': 'abc' is not an int");
        expect(() -> tasks(c, "--max-calls", "5"), "envtune:tasks: Invalid value for option '--max-calls': 5 is out "
            + "of range 1..4");
        assertTrue(!Files.exists(out));
        assertTrue(tasks(c).startsWith("task generators: Alpha, Beta"));
        c.removeGenerator(new Counter("Alpha"));
        assertTrue(tasks(c).startsWith("task generators: Alpha, Beta"));
        assertTrue(tasks(c, "--help").contains("Default: base,miss_func,miss_param"));
    }

    private interface Call {
        void run() throws IOException;
    }

    private static void expect(Call call, String message) throws IOException {
        try {
            call.run();
            fail("accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(message));
        }
    }
}
