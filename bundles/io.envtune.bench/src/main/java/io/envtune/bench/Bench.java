package io.envtune.bench;

import io.envtune.bench.internal.BenchData;
import io.envtune.bench.internal.CallTiming;
import io.envtune.bench.internal.Ceiling;
import io.envtune.bench.internal.CeilingResult;
import io.envtune.bench.internal.JmhSummary;
import io.envtune.bench.internal.Options;
import io.envtune.bench.internal.Report;
import io.envtune.bench.internal.ResetTiming;
import io.envtune.bench.internal.RolloutTiming;
import io.envtune.bench.internal.Table;
import io.envtune.bench.internal.Throughput;
import io.envtune.bench.internal.TurnTiming;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain bench command: times tool calls, resets and turn replays against the real BFCL domains and prints
 * medians beside the Python reference, then the oracle rollout throughput and the concurrency ceiling. Run it with
 * {@code mvn -o -f bundles/io.envtune.bench/pom.xml -Pbench package} or {@code java -cp ... io.envtune.bench.Bench};
 * {@code --quick} makes every measurement tiny. Single-threaded apart from the rollout executor's pool.
 */
public final class Bench {

    private final Options options;
    private final PrintStream out;
    private final List<String> problems = new ArrayList<>();

    private Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * Runs the benchmarks and exits with status 1 when a sanity check failed.
     *
     * @param args see {@link Options#USAGE}
     */
    public static void main(String[] args) {
        int status = run(System.out, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the benchmarks selected by the arguments.
     *
     * @param out where the tables go
     * @param args see {@link Options#USAGE}
     * @return 0, or 1 when a sanity check failed (an error result, a failed oracle turn, a retained instance)
     * @throws IllegalArgumentException for bad arguments
     */
    public static int run(PrintStream out, String... args) {
        return new Bench(Options.parse(args), out).run();
    }

    private int run() {
        if (options.jmhResults() != null) {
            JmhSummary.print(out, options.jmhResults());
            return 0;
        }
        Report.header(out, options);
        BenchData data = BenchData.load(options.dataDir());
        if (options.runs("call")) {
            CallTiming calls = new CallTiming(data, options.effort());
            Table.print(out, "one tool call", calls.run());
            calls.problems().forEach(p -> problems.add("sample call gave an error: " + p));
        }
        if (options.runs("reset")) {
            Table.print(out, "creating an episode's instances", new ResetTiming(data, options.effort()).run());
        }
        if (options.runs("turn")) {
            TurnTiming turns = new TurnTiming(data, options.effort());
            Table.print(out, "ground-truth replay + state check of one turn", turns.run());
            check(turns.failures() == 0, turns.failures() + " ground-truth turns failed their own check");
        }
        if (options.runs("rollout")) {
            rollouts(data);
        }
        if (options.runs("ceiling")) {
            ceiling(data);
        }
        Report.footer(out);
        problems.forEach(p -> out.println("PROBLEM: " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    private void rollouts(BenchData data) {
        List<Throughput> results = new RolloutTiming(data, options.effort()).run();
        Report.throughput(out, results);
        for (Throughput t : results) {
            check(t.failedEpisodes() == 0, t.failedEpisodes() + " oracle episodes failed at " + t.concurrency());
            check(t.liveInstances() == 0, t.liveInstances() + " instances retained at " + t.concurrency());
        }
    }

    private void ceiling(BenchData data) {
        Ceiling ceiling = new Ceiling(data);
        List<CeilingResult> results = new ArrayList<>();
        for (int n : options.effort().ceiling()) {
            results.add(ceiling.measure(n));
        }
        Report.ceiling(out, results);
        for (CeilingResult c : results) {
            check(c.liveSessions() == 0 && c.liveInstances() == 0, c.liveSessions() + " sessions and "
                + c.liveInstances() + " instances retained after closing " + c.opened());
        }
    }

    private void check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
