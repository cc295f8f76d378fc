package io.envtune.shell.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.cli.CommandArgs;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskOrigin;
import io.envtune.platform.TaskPool;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.EpisodeOverrides;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.Rescorer;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.train.AccuracyTable;
import io.envtune.train.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Gogo commands that play and re-score episodes: {@code envtune:eval} and {@code envtune:rescore}. */
@Component(service = EvalCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=eval", "osgi.command.function=rescore"})
public final class EvalCommands {

    private final Plugins plugins;

    /** @param plugins the platform's live plug-ins */
    @Activate
    public EvalCommands(@Reference Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * Plays episodes with a policy and reports BFCL accuracy per split; options in {@link EvalOptions}.
     *
     * @param args the raw words after the command name
     * @return the per-split table, or the help text
     * @throws Exception when the output cannot be written (refusals are {@code ArgumentException}s)
     */
    @Descriptor("play episodes with a policy; prints success, progress, tool-turn and answer-turn accuracy and format "
        + "validity per split with standard errors")
    public Object eval(@Descriptor("options; see envtune:eval --help") String... args) throws Exception {
        return CommandArgs.run("envtune:eval", new EvalOptions(), args, this::eval);
    }

    private String eval(EvalOptions o) throws IOException {
        Path dir = Path.of(o.out);
        OutputFolder.claim("envtune:eval", dir, o.force);
        int samples = o.samples;
        TaskCatalog catalog = TaskCatalog.open(o.tasks.origin(), plugins::taskSources);
        List<Task> all = tasks(catalog, o);
        List<Task> tasks = o.limit == 0 ? all : all.subList(0, Math.min(o.limit, all.size()));
        EpisodeConfig config = EpisodeConfig.of(null, new EpisodeOverrides(o.mode.feedback, null, o.maxSteps, null,
            catalog.dataDir())).withLimits(EpisodeLimits.DEFAULTS.withToolCallMillis(o.toolTimeoutMs));
        Function<Task, Policy> policies = PolicySpecs.resolve(o.policy, plugins, o.seed);
        List<Task> played = new ArrayList<>();
        tasks.forEach(t -> played.addAll(Collections.nCopies(samples, t)));
        RolloutExecutor.Plan plan = new RolloutExecutor.Plan(config, plugins, plugins.augmenters(),
            new SamplingParams(1, samples > 1 ? 1.0 : 0, 1, 0, 512, List.of(), o.seed), false);
        // Policies made for this evaluation (a loaded model holds native memory) are closed when it ends.
        Set<Policy> used = Collections.newSetFromMap(new IdentityHashMap<>());
        long start = System.nanoTime();
        List<EpisodeRecord> records;
        List<EpisodeRecord> unconstrained = null;
        try (RolloutExecutor executor = new RolloutExecutor(o.threads, 64)) {
            records = play(executor, played, t -> remember(used, policies.apply(t)), plan);
            if (used.stream().anyMatch(Policy::constrained)) {
                unconstrained = play(executor, played, t -> policies.apply(t).unconstrained(), plan);
            }
        } finally {
            used.forEach(p -> Trainings.closeQuietly(p, System.out));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(dir, tasks, new Played(records, unconstrained), new EvalSummary.Run(o.policy, samples,
            unconstrained != null, seconds, o.part.name(), o.seed));
    }

    /**
     * The episodes of an evaluation.
     *
     * @param records as decoded
     * @param unconstrained the same without the grammar, or null when the policy decodes unconstrained
     */
    private record Played(List<EpisodeRecord> records, List<EpisodeRecord> unconstrained) {
    }

    /** Writes the records and {@code summary.json}; returns the figures table and the Table-1 layout. */
    private static String report(Path dir, List<Task> tasks, Played played, EvalSummary.Run run) throws IOException {
        RecordJson.write(dir.resolve("records.jsonl"), played.records());
        Evaluation evaluation = Evaluation.of(tasks, played.records());
        AccuracyTable table = AccuracyTable.of(tasks, played.records());
        Evaluation free = played.unconstrained() == null ? null : Evaluation.of(tasks, played.unconstrained());
        if (free != null) {
            RecordJson.write(dir.resolve("records-unconstrained.jsonl"), played.unconstrained());
        }
        EvalSummary.write(dir.resolve("summary.json"), new EvalSummary.Result(evaluation, table), free, run);
        return (free == null ? "" : "constrained decoding:\n") + EvalSummary.table(evaluation)
            + (free == null ? "" : "\nwithout the grammar:\n" + EvalSummary.table(free))
            + "\n\n" + EvalSummary.heading(run) + "\n" + table.render()
            + String.format("%n%d episodes in %.1f s (%d per task) -> %s", played.records().size(), run.seconds(),
            run.samples(), dir.toAbsolutePath());
    }

    /** The tasks of {@code --part} (all of them without it), cut to {@code --split}. */
    private static List<Task> tasks(TaskCatalog catalog, EvalOptions o) {
        if (o.part == EvalOptions.Part.all) {
            return catalog.tasks(o.split);
        }
        TaskPool.Part part = TaskPool.Part.of(o.part.name());
        List<Task> tasks = catalog.pool(o.seed).all(part).stream()
            .filter(t -> o.split.equals("all") || o.split.equals(t.split())).toList();
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks in part '" + part.label() + "'" + (o.split.equals("all")
                ? "" : " of split '" + o.split + "'") + (catalog.named() ? ""
                : "; built-in tasks have no test part: give --bfcl DIR or --tasks FILE"));
        }
        return tasks;
    }

    private static Policy remember(Set<Policy> used, Policy p) {
        synchronized (used) {
            used.add(p);
        }
        return p;
    }

    private static List<EpisodeRecord> play(RolloutExecutor executor, List<Task> tasks,
                                            Function<Task, Policy> policies, RolloutExecutor.Plan plan) {
        return executor.runAll(tasks, policies, plan).stream().map(Rollout::record).toList();
    }

    /** The one declaration of {@code envtune:rescore}'s options. */
    @Command(description = "Re-score recorded episodes offline; reports any difference from the recorded turn scores.")
    static final class RescoreOptions {
        @Option(names = "--bfcl", paramLabel = "DIR", description = "BFCL data folder; omit for the built-in tasks.")
        String bfcl = "";

        @Option(names = "--records", required = true, paramLabel = "FILE", description = "Records JSONL written by "
            + "envtune:eval or envtune:train.")
        String records;
    }

    /**
     * Re-scores recorded episodes offline and compares with the recorded scores; options in {@link RescoreOptions}.
     *
     * @param args the raw words after the command name
     * @return how many episodes were re-scored and whether every score was identical, or the help text
     * @throws Exception when the records cannot be read
     */
    @Descriptor("re-score recorded episodes offline; reports any difference from the recorded turn scores")
    public Object rescore(@Descriptor("options; see envtune:rescore --help") String... args) throws Exception {
        return CommandArgs.run("envtune:rescore", new RescoreOptions(), args, this::rescore);
    }

    private String rescore(RescoreOptions o) throws IOException {
        String records = o.records;
        TaskCatalog catalog = TaskCatalog.open(TaskOrigin.of(o.bfcl, ""), plugins::taskSources);
        Path dataDir = catalog.dataDir();
        int same = 0;
        List<String> differences = new ArrayList<>();
        List<EpisodeRecord> all = RecordJson.read(Path.of(records));
        for (EpisodeRecord r : all) {
            Rescorer.Result again = Rescorer.rescore(r, catalog.task(r.taskId()).orElseThrow(() ->
                new IllegalArgumentException("unknown task id '" + r.taskId() + "'")), plugins, dataDir);
            if (again.turnScores().equals(r.turnScores()) && again.mismatches().isEmpty()) {
                same++;
            } else {
                differences.add(r.episodeId() + " " + r.taskId() + ": recorded " + passed(r.turnScores())
                    + " rescored " + passed(again.turnScores()) + " " + again.mismatches());
            }
        }
        if (!differences.isEmpty()) {
            throw new IllegalStateException(differences.size() + " of " + all.size()
                + " episodes re-scored differently, first: " + differences.get(0));
        }
        return "re-scored " + all.size() + " episodes: " + same + " identical";
    }

    private static String passed(List<TurnScore> scores) {
        return scores.stream().map(s -> s.passed() ? "1" : "0").reduce("", String::concat);
    }
}
