package io.envtune.toolkit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.envtune.api.FailureKind;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.internal.python.PyOps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The executor on a small fake domain, with texts from shared/bfcl/fixtures/probes.jsonl and CPython. */
public final class CallExecutorTest {

    /** A fake domain: a counter state. */
    static final class Counter implements DomainState {
        long count;

        @Override
        public Map<String, Object> attributes() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", count);
            return m;
        }
    }

    static final ToolTable<Counter> TOOLS = ToolTable.<Counter>builder("GorillaFileSystem")
            .tool("cd", "", (s, a) -> Map.of("current_working_directory", a.get("folder")),
                    Param.required("folder", "string", ""))
            .tool("sort", "", (s, a) -> null, Param.required("file_name", "string", ""))
            .tool("mean", "", (s, a) -> Map.of("result", PyOps.truediv(a.get("numbers"), 1L)),
                    Param.required("numbers", "array", ""))
            .tool("inc", "", (s, a) -> {
                s.count += (Long) a.get("by");
                return s.count;
            }, Param.optional("by", "integer", "", 1L))
            .tool("fail", "", (s, a) -> new Failed(Map.of("error", "nope"), FailureKind.NOT_FOUND, "x", "missing x"))
            .tool("err", "", (s, a) -> Map.of("error", "bad"))
            .tool("boom", "", (s, a) -> {
                throw new IllegalStateException("bug");
            })
            .tool("deep", "", (s, a) -> deep(0))
            .build();

    private static Object deep(int n) {
        return deep(n + 1);
    }

    private final Counter state = new Counter();
    private final CallExecutor executor = new CallExecutor(List.of(new CallExecutor.ToolLookup(
            new TableInstance<>("test", TOOLS, state), TOOLS.names())));

    private String text(String call) {
        return executor.execute(call).text();
    }

    @Test
    public void probeTexts() {
        assertEquals("Error during execution: '(' was never closed (<string>, line 1)", text("mean([1,2]"));
        assertEquals("Error during execution: GorillaFileSystem.cd() missing 1 required positional argument: "
                + "'folder'", text("cd()"));
        assertEquals("Error during execution: name 'unknown_tool' is not defined", text("unknown_tool()"));
        assertEquals("Error during execution: GorillaFileSystem.mean() got an unexpected keyword argument 'extra'",
                text("mean(numbers=[1, 2], extra=3)"));
        assertEquals("Error during execution: GorillaFileSystem.sort() takes 2 positional arguments but 3 were given",
                text("sort('a', 'b')"));
        assertEquals("Error during execution: invalid syntax (<string>, line 1)", text("cd('a'); cd('b')"));
        assertEquals("Error during execution: keyword argument repeated: folder (<string>, line 1)",
                text("cd(folder='a', folder='b')"));
    }

    @Test
    public void raisedIsStructuralNotReadFromTheText() {
        for (String call : List.of("mean([1,2]", "cd()", "unknown_tool()", "kill(1)", "mean(numbers='x')")) {
            ToolResult r = executor.execute(call);
            assertTrue(call + " -> " + r, r.raised() && r.failed());
            assertTrue(call + " -> " + r.text(), r.text().startsWith("Error during execution: "));
        }
        ToolResult returned = executor.execute("err()");
        assertTrue(returned.failed());
        assertFalse("an error dict is returned, not raised", returned.raised());
        assertFalse(executor.execute("fail()").raised());
        ToolResult ok = executor.execute("cd(folder='a')");
        assertFalse(ok.failed() || ok.raised());
        // A tool may return any text, even one that looks like BFCL's error line: it did not raise.
        ToolResult echo = new CallExecutor(List.of(new CallExecutor.ToolLookup(new TableInstance<>("test", ECHO,
            state), ECHO.names()))).execute("echo('Error during execution: no')");
        assertEquals("Error during execution: no", echo.text());
        assertFalse(echo.raised());
    }

    private static final ToolTable<Counter> ECHO = ToolTable.<Counter>builder("GorillaFileSystem")
            .tool("echo", "", (s, a) -> a.get("text"), Param.required("text", "string", ""))
            .build();

    @Test
    public void blacklistComesFirst() {
        ToolResult r = executor.execute("kill(1)");
        assertEquals("Error during execution: Function call kill is not allowed.", r.text());
        assertEquals(FailureKind.REFUSED, r.failure().kind());
        assertEquals("Error during execution: Function call exit is not allowed.", text("exit"));
        assertEquals("Error during execution: Function call remove is not allowed.", text("os.remove('x')"));
        assertEquals("Error during execution: Function call run is not allowed.", text("subprocess.run(["));
        assertEquals("Error during execution: name 'os' is not defined", text("os.path.remove('x')"));
    }

    @Test
    public void unknownNamesAndArgumentErrors() {
        ToolResult r = executor.execute("foo(x)");
        assertEquals("Error during execution: name 'foo' is not defined", r.text());
        assertEquals(FailureKind.UNKNOWN_TOOL, r.failure().kind());
        assertEquals("Error during execution: name 'true' is not defined", text("cd(folder=true)"));
        assertEquals("Error during execution: name 'GorillaFileSystem' is not defined",
                text("GorillaFileSystem.cd(folder='a')"));
        assertEquals("Error during execution: division by zero", text("cd(folder=1/0)"));
    }

    @Test
    public void resultsAndFailures() {
        assertEquals("{\"current_working_directory\": \"docs\"}", text("cd('docs')"));
        ToolResult ok = executor.execute("inc(by=2)");
        assertEquals("2", ok.text());
        assertNull(ok.failure());
        assertEquals("3", text("inc()"));
        assertEquals(3L, state.count);
        ToolResult failed = executor.execute("fail()");
        assertEquals("{\"error\": \"nope\"}", failed.text());
        assertEquals(FailureKind.NOT_FOUND, failed.failure().kind());
        assertEquals("missing x", failed.failure().detail());
        ToolResult err = executor.execute("err()");
        assertEquals(FailureKind.INVALID_VALUE, err.failure().kind());
        assertEquals("bad", err.failure().detail());
        assertEquals("{\"result\": 0.3333333333333333}", text("mean(1/3)"));
        assertEquals("Error during execution: unsupported operand type(s) for /: 'list' and 'int'",
                text("mean(numbers=[1, 2])"));
        assertEquals("5", text("5"));
        assertEquals("abc", text("'abc'"));
    }

    /** A Java exception in a tool is a bug of the port: a fault naming the tool, never a made-up Python text. */
    @Test
    public void javaExceptionsInAToolAreFaultsNotPythonErrors() {
        ToolFault boom = fault("boom()");
        assertEquals("GorillaFileSystem.boom threw java.lang.IllegalStateException: bug", boom.getMessage());
        assertEquals("environment_error: GorillaFileSystem.boom threw java.lang.IllegalStateException: bug",
                boom.reason());
        assertEquals("GorillaFileSystem", boom.environment());
        assertEquals("boom", boom.tool());
        assertTrue(boom.getCause() instanceof IllegalStateException);
        assertEquals("GorillaFileSystem.deep threw java.lang.StackOverflowError", fault("deep()").getMessage());
        assertTrue(fault("inc(by='x')").getMessage(), fault("inc(by='x')").getMessage()
                .startsWith("GorillaFileSystem.inc threw java.lang.ClassCastException"));
        // The state is as the tool left it; the executor goes on answering.
        assertEquals("1", text("inc()"));
    }

    /** A non-toolkit instance that throws (here a LinkageError of a bundle gone stale) is named by its id. */
    @Test
    public void anInstanceThatThrowsIsAFaultNamedByItsEnvironment() {
        io.envtune.api.EnvironmentInstance broken = new io.envtune.api.EnvironmentInstance() {
            @Override
            public String environmentId() {
                return "Broken";
            }

            @Override
            public ToolResult invoke(io.envtune.api.ToolCall call) {
                throw new NoSuchMethodError("'void io.envtune.api.Gone.method()'");
            }

            @Override
            public Map<String, Object> attributes() {
                return Map.of();
            }

            @Override
            public String canonicalState() {
                return "{}";
            }
        };
        CallExecutor ex = new CallExecutor(List.of(new CallExecutor.ToolLookup(broken, java.util.Set.of("go"))));
        try {
            ex.execute("go()");
            org.junit.Assert.fail("no fault");
        } catch (ToolFault f) {
            assertEquals("Broken.go threw java.lang.NoSuchMethodError: 'void io.envtune.api.Gone.method()'",
                    f.getMessage());
        }
    }

    private ToolFault fault(String call) {
        try {
            ToolResult r = executor.execute(call);
            throw new AssertionError(call + " gave a result instead of a fault: " + r.text());
        } catch (ToolFault f) {
            return f;
        }
    }

    @Test
    public void hugeAndDeepInputsFailCleanly() {
        assertEquals("Error during execution: too many nested parentheses (<string>, line 1)",
                text("cd(" + "[".repeat(100_000) + ")"));
        assertEquals("Error during execution: maximum recursion depth exceeded during compilation",
                text("cd(" + "-".repeat(100_000) + "1)"));
        String big = "cd('" + "x".repeat(1_000_000) + "')";
        assertTrue(text(big).startsWith("{\"current_working_directory\": \"xxx"));
        assertEquals("Error during execution: '[' was never closed (<string>, line 1)",
                text("cd(" + "[1, ".repeat(150)));
    }

    @Test
    public void speed() {
        // A guard against a gross slowdown, not a benchmark: the thread's CPU time (wall time counted the other builds
        // on a loaded 2-core machine and failed at 50.4 us), best of five rounds.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 40_000;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                executor.execute("cd(folder='document')");
            }
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / n);
        }
        assertTrue("a call took " + best + " us of CPU time", best < 50);
    }
}
