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
import io.envtune.cli.CommandArgs;
import io.envtune.cli.Range;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    /** The one declaration of {@code envtune:tasks}' options. */
    @Command(description = "List the task generators, or write generated tasks (JSON Lines task lines) for one "
        + "domain or all. --n counts per domain, so 'all' writes 8 x N tasks; splits are drawn round-robin.")
    static final class TasksOptions {
        @Option(names = "--generate", paramLabel = "DOMAIN", description = "Environment id (e.g. MathAPI) or all; "
            + "omit to list the generators.")
        String domain = "";

        @Option(names = "--n", paramLabel = "N", description = "Tasks per domain.")
        @Range(min = 1, max = 1_000_000)
        int n = 100;

        @Option(names = "--seed", paramLabel = "S", description = "Seed; the same settings give the same file.")
        long seed;

        @Option(names = "--out", paramLabel = "FILE", description = "Output file; refused when it exists unless "
            + "--force.")
        String out = "";

        @Option(names = "--splits", paramLabel = "LIST", description = "Comma-separated splits out of base, "
            + "miss_func, miss_param.")
        String splits = "base,miss_func,miss_param";

        @Option(names = "--min-turns", paramLabel = "N", description = "Fewest user turns (a miss split adds one).")
        @Range(min = 1, max = 4)
        int minTurns = 1;

        @Option(names = "--max-turns", paramLabel = "N", description = "Most user turns (a miss split adds one).")
        @Range(min = 1, max = 4)
        int maxTurns = 4;

        @Option(names = "--max-calls", paramLabel = "N", description = "Most ground-truth calls per turn.")
        @Range(min = 1, max = 4)
        int maxCalls = 2;

        @Option(names = "--extra-classes", paramLabel = "N", description = "Distractor environments offered but "
            + "never needed.")
        @Range(min = 0, max = 2)
        int extraClasses;

        @Option(names = "--force", description = "Replace an existing output file.")
        boolean force;
    }

    /**
     * Lists the generators, or generates tasks into a file; options in {@link TasksOptions}.
     *
     * @param args the raw words after the command name
     * @return one line per domain and a total, the generator list, or the help text
     * @throws Exception when the file cannot be written
     */
    @Descriptor("list the task generators, or write generated tasks (JSONL task lines) for one domain or all: "
        + "--generate DOMAIN|all --n N --seed S --out FILE; --n counts per domain, so 'all' writes 8 x N tasks, "
        + "splits drawn round-robin")
    public Object tasks(@Descriptor("options; see envtune:tasks --help") String... args) throws Exception {
        return CommandArgs.run("envtune:tasks", new TasksOptions(), args, this::tasks);
    }

    private String tasks(TasksOptions o) throws IOException {
        if (o.domain.isBlank()) {
            return list();
        }
        if (o.out.isBlank()) {
            throw new IllegalArgumentException("envtune:tasks: --generate needs --out FILE");
        }
        GenerationSettings settings;
        try {
            settings = new GenerationSettings(o.n, o.seed, splitList(o.splits), o.minTurns, o.maxTurns, o.maxCalls,
                o.extraClasses);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("envtune:tasks: " + e.getMessage(), e);
        }
        Path file = Path.of(o.out);
        List<TaskGeneration.Made> made = TaskGeneration.write(chosen(o.domain), settings, file, o.force);
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
