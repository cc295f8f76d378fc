package io.envtune.bench.internal;

import io.envtune.testkit.BfclFixtures;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The bench command's options.
 *
 * @param effort how much work each measurement does
 * @param sections which measurements to run: {@code call}, {@code reset}, {@code turn}, {@code rollout},
 *                 {@code ceiling}
 * @param dataDir the BFCL data folder
 * @param jmhResults a JMH JSON result file to summarize instead of measuring, or null
 */
public record Options(Effort effort, Set<String> sections, Path dataDir, Path jmhResults) {

    /** Every section, in the order they run. */
    public static final List<String> SECTIONS = List.of("call", "reset", "turn", "rollout", "ceiling");

    /** The command's usage line. */
    public static final String USAGE = "usage: Bench [--quick] [--only call,reset,turn,rollout,ceiling] "
        + "[--concurrency 1,2,512] [--ceiling 1000,5000,10000] [--bfcl DATA_DIR] | --jmh-summary JMH_RESULT.json";

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException for an unknown option or a missing value, with the usage line
     */
    public static Options parse(String... args) {
        Effort effort = Effort.FULL;
        Set<String> sections = Set.copyOf(SECTIONS);
        Path dataDir = null;
        Path jmhResults = null;
        List<Integer> concurrency = null;
        List<Integer> ceiling = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> effort = Effort.QUICK;
                case "--only" -> sections = Set.copyOf(Arrays.asList(value(args, ++i).split(",")));
                case "--concurrency" -> concurrency = ints(value(args, ++i));
                case "--ceiling" -> ceiling = ints(value(args, ++i));
                case "--bfcl" -> dataDir = Paths.get(value(args, ++i));
                case "--jmh-summary" -> jmhResults = Paths.get(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        effort = concurrency == null ? effort : effort.withConcurrency(concurrency);
        effort = ceiling == null ? effort : effort.withCeiling(ceiling);
        if (jmhResults != null) {
            return new Options(effort, Set.of(), dataDir, jmhResults);
        }
        return new Options(effort, sections, dataDir == null ? BfclFixtures.dataDir() : dataDir, null);
    }

    /**
     * @param section a section name
     * @return whether it runs
     */
    public boolean runs(String section) {
        return sections.contains(section);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
