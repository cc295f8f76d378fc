package io.envtune.shell.internal;

import io.envtune.api.GenerationSettings;
import io.envtune.api.TaskGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code envtune:tasks}: the registered task generators, and {@code --generate} to write generated tasks as a
 * task-line file that {@code eval} and {@code train} read with {@code --tasks FILE}. Generators come and go with their
 * domain bundles (dynamic references, keyed by environment id).
 */
@Component(service = TaskCommands.class, property = {"osgi.command.scope=envtune", "osgi.command.function=tasks"})
public final class TaskCommands {

    private final Map<String, TaskGenerator> generators = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGenerator(TaskGenerator generator) {
        generators.put(generator.environmentId(), generator);
    }

    void removeGenerator(TaskGenerator generator) {
        generators.remove(generator.environmentId(), generator);
    }

    /**
     * Lists the generators, or generates tasks into a file.
     *
     * @param domain an environment id, {@code all}, or empty to list the generators
     * @param n tasks per domain
     * @param seed the seed
     * @param out the file to write
     * @param splits comma-separated splits
     * @param minTurns the fewest turns
     * @param maxTurns the most turns
     * @param maxCalls the most calls per turn
     * @param extraClasses distractor classes per task
     * @param force whether an existing file may be replaced
     * @return one line per domain and a total, or the generator list
     * @throws IOException when the file cannot be written
     */
    @Descriptor("list the task generators, or write generated tasks (JSONL task lines) for one domain or all: "
        + "--generate DOMAIN|all --n N --seed S --out FILE; --n counts per domain, so 'all' writes 8 x N tasks, "
        + "splits drawn round-robin")
    public String tasks(
        @Descriptor("environment id (e.g. MathAPI) or all; omit to list the generators") @Parameter(
            names = "--generate", absentValue = "") String domain,
        @Descriptor("tasks per domain") @Parameter(names = "--n", absentValue = "100") int n,
        @Descriptor("seed; the same settings give the same file") @Parameter(names = "--seed", absentValue = "0")
        long seed,
        @Descriptor("output file; refused when it exists unless --force") @Parameter(names = "--out",
            absentValue = "") String out,
        @Descriptor("comma-separated splits: base,miss_func,miss_param") @Parameter(names = "--splits",
            absentValue = "base,miss_func,miss_param") String splits,
        @Descriptor("fewest user turns (a miss split adds one), 1-4") @Parameter(names = "--min-turns",
            absentValue = "1") int minTurns,
        @Descriptor("most user turns (a miss split adds one), 1-4") @Parameter(names = "--max-turns",
            absentValue = "4") int maxTurns,
        @Descriptor("most ground-truth calls per turn, 1-4") @Parameter(names = "--max-calls", absentValue = "2")
        int maxCalls,
        @Descriptor("distractor environments offered but never needed, 0-2") @Parameter(names = "--extra-classes",
            absentValue = "0") int extraClasses,
        @Descriptor("replace an existing output file") @Parameter(names = "--force", absentValue = "false",
            presentValue = "true") boolean force) throws IOException {
        if (domain.isBlank()) {
            return list();
        }
        if (out.isBlank()) {
            throw new IllegalArgumentException("envtune:tasks --generate needs --out FILE");
        }
        GenerationSettings settings = new GenerationSettings(n, seed, splitList(splits), minTurns, maxTurns,
            maxCalls, extraClasses);
        Path file = Path.of(out);
        List<TaskGeneration.Made> made = TaskGeneration.write(chosen(domain), settings, file, force);
        StringBuilder text = new StringBuilder();
        made.forEach(m -> text.append(m.line()).append('\n'));
        int total = made.stream().mapToInt(m -> m.bySplit().values().stream().mapToInt(Integer::intValue).sum()).sum();
        return text.append(String.format(Locale.ROOT, "%d tasks -> %s (%d bytes)", total, file.toAbsolutePath(),
            Files.size(file))).toString();
    }

    private String list() {
        if (generators.isEmpty()) {
            return "no task generators registered";
        }
        return "task generators: " + String.join(", ", generators.keySet())
            + "\nenvtune:tasks --generate DOMAIN|all --n N --seed S --out FILE writes generated tasks";
    }

    private List<TaskGenerator> chosen(String domain) {
        if (domain.equalsIgnoreCase("all")) {
            if (generators.isEmpty()) {
                throw new IllegalArgumentException("no task generators registered");
            }
            return new ArrayList<>(generators.values());
        }
        return generators.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(domain))
            .map(Map.Entry::getValue).findFirst().map(List::of).orElseThrow(() -> new IllegalArgumentException(
                "no task generator for '" + domain + "'; registered: " + generators.keySet()));
    }

    private static List<String> splitList(String splits) {
        return Arrays.stream(splits.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
