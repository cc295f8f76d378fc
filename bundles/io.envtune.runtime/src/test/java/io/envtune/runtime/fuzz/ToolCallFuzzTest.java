package io.envtune.runtime.fuzz;

import io.envtune.toolkit.fuzz.CallMutator;
import io.envtune.toolkit.fuzz.CallShape;
import io.envtune.toolkit.fuzz.FuzzRun;
import io.envtune.toolkit.fuzz.Hostile;
import io.envtune.toolkit.fuzz.RegressionLines;
import static org.junit.Assert.assertEquals;

import io.envtune.api.FailureKind;
import io.envtune.api.Task;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.api.UserTurn;
import io.envtune.bfcl.EpisodeEnvironments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Fuzzes every tool of the eight domains through BFCL's executor ({@code EpisodeEnvironments.execute(callText)}) on the
 * initial state of a real task: each case opens the task's environments, runs a call written from one tool's spec (the
 * tools take turns, so every tool is called) and up to three mutated ground-truth calls of the task, writes the
 * canonical states and closes. Every call must end in a result string within the time bound. 2,000 cases in the
 * normal run; {@code -Denvtune.fuzz.cases=N} for more.
 */
public class ToolCallFuzzTest {

    private static FuzzBench bench;
    private static CallMutator mutator;
    private static SpecCalls specCalls;
    private static List<ToolSpec> tools;
    private static Map<String, String> classOf;
    private static Map<String, List<Task>> tasksOf;

    @BeforeClass
    public static void load() {
        bench = new FuzzBench();
        mutator = new CallMutator(bench.corpus);
        specCalls = new SpecCalls(bench.corpus, ResponseParserFuzzTest.specs(bench));
        tools = new ArrayList<>();
        classOf = new LinkedHashMap<>();
        tasksOf = new LinkedHashMap<>();
        bench.allTools().forEach((cls, specs) -> specs.forEach(s -> {
            tools.add(s);
            classOf.put(s.name(), cls);
        }));
        for (Task t : bench.data.tasks()) {
            t.involvedClasses().forEach(c -> tasksOf.computeIfAbsent(c, k -> new ArrayList<>()).add(t));
        }
    }

    @AfterClass
    public static void release() {
        bench = null;
        tasksOf = null;
    }

    @Test
    public void everyToolEndsInAResultStringWhateverItIsCalledWith() {
        FuzzRun run = new FuzzRun("runtime-tool-calls");
        Set<String> reached = ConcurrentHashMap.newKeySet();
        Map<String, AtomicInteger> internal = new ConcurrentHashMap<>();
        int n = FuzzRun.cases(2000);
        for (int i = 0; i < n; i++) {
            Random r = new Random(FuzzRun.caseSeed(i));
            ToolSpec tool = tools.get(i % tools.size());
            List<Task> candidates = tasksOf.get(classOf.get(tool.name()));
            Task task = candidates.get(r.nextInt(candidates.size()));
            List<String> calls = calls(r, task, tool);
            String probe = calls.get(0).startsWith(tool.name() + "(") ? tool.name() : null;
            run.check(line(task, calls), () -> runCase(bench, task, calls, probe, reached, internal));
        }
        run.finish();
        System.out.println("Tools reached: " + reached.size() + " of " + tools.size() + "; failures of kind INTERNAL "
            + "(Python errors of no specific kind, or Java exceptions given Python text) to review: " + top(internal)
            + "; " + bench.augmenterReport());
        if (n >= tools.size()) {
            Set<String> missing = new TreeSet<>(classOf.keySet());
            missing.removeAll(reached);
            assertEquals("tools never reached with a bindable call", Set.of(), missing);
        }
    }

    private static List<String> calls(Random r, Task task, ToolSpec tool) {
        List<String> calls = new ArrayList<>();
        String first = specCalls.call(r, tool);
        calls.add(r.nextInt(4) == 0 ? mutator.mutate(r, first) : first);
        List<String> truth = new ArrayList<>();
        task.turns().stream().map(UserTurn::groundTruth).forEach(truth::addAll);
        int more = truth.isEmpty() ? 0 : r.nextInt(4);
        for (int k = 0; k < more; k++) {
            String gt = Hostile.pick(r, truth);
            calls.add(r.nextInt(3) == 0 ? gt : mutator.mutate(r, gt));
        }
        return calls;
    }

    /**
     * @param task the task whose environments the calls run on
     * @param calls the calls
     * @return the regression line: the task id and each call, tab-separated
     */
    static String line(Task task, List<String> calls) {
        StringBuilder sb = new StringBuilder(task.id());
        calls.forEach(c -> sb.append('\t').append(RegressionLines.encode(c)));
        return sb.toString();
    }

    /**
     * One case.
     *
     * @param bench the domains and data
     * @param task the task
     * @param calls the calls, in order
     * @param probe the tool the first call was written for, or null when it was mutated
     * @param reached collects tools whose body was reached
     * @param internal counts INTERNAL failures by message
     * @return the failure kind of the last call
     */
    static String runCase(FuzzBench bench, Task task, List<String> calls, String probe, Set<String> reached,
                          Map<String, AtomicInteger> internal) {
        String label = "none";
        try (EpisodeEnvironments envs = EpisodeEnvironments.open(task, bench.lookup, bench.data.dataDir())) {
            for (int i = 0; i < calls.size(); i++) {
                ToolResult result = envs.execute(calls.get(i));
                Objects.requireNonNull(result.text(), "result text");
                FailureKind kind = result.failed() ? result.failure().kind() : null;
                if (i == 0 && probe != null && kind != FailureKind.UNKNOWN_TOOL && kind != FailureKind.SYNTAX_ERROR
                    && kind != FailureKind.BAD_ARGUMENTS) {
                    reached.add(probe);
                }
                if (kind == FailureKind.INTERNAL) {
                    String m = result.failure().tool() + ": " + result.failure().detail();
                    internal.computeIfAbsent(m.substring(0, Math.min(90, m.length())), k -> new AtomicInteger())
                        .incrementAndGet();
                }
                label = kind == null ? "OK" : kind.name();
            }
            envs.canonicalStates();
        }
        return label;
    }

    static String top(Map<String, AtomicInteger> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue().get() - a.getValue().get()).limit(15)
            .forEach(e -> out.put(e.getKey(), e.getValue().get()));
        return out + (counts.size() > 15 ? " and " + (counts.size() - 15) + " more" : "");
    }
}
