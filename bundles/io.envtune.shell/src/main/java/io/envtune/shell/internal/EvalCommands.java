package io.envtune.shell.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Policy;
import io.envtune.api.SamplingParams;
import io.envtune.api.Task;
import io.envtune.api.TurnScore;
import io.envtune.platform.Plugins;
import io.envtune.platform.TaskCatalog;
import io.envtune.platform.TaskOrigin;
import io.envtune.runtime.EpisodeConfig;
import io.envtune.runtime.EpisodeLimits;
import io.envtune.runtime.EpisodeOverrides;
import io.envtune.runtime.RecordJson;
import io.envtune.runtime.Rescorer;
import io.envtune.runtime.Rollout;
import io.envtune.runtime.RolloutExecutor;
import io.envtune.train.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
     * Plays episodes with a policy and reports BFCL accuracy per split.
     *
     * @param bfcl the BFCL data folder; empty for the built-in tasks
     * @param tasksFile a tasks file, or empty
     * @param source one task source's id, or empty for all
     * @param policy the policy spec
     * @param split one split or all
     * @param mode standard or augmented feedback
     * @param out the output folder
     * @param threads worker threads
     * @param limit the first this many tasks only (0 = all)
     * @param maxSteps assistant messages per user turn before the turn is closed
     * @param toolTimeoutMs the time limit of one tool call
     * @return the per-split table
     * @throws IOException when the output cannot be written
     */
    @Descriptor("play episodes with a policy in parallel; prints BFCL accuracy, progress, format validity per split")
    public String eval(
        @Descriptor("BFCL data folder; omit for the built-in tasks") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("JSON Lines tasks file in the BFCL task format") @Parameter(names = "--tasks", absentValue = "")
        String tasksFile,
        @Descriptor("only the built-in tasks of this task source, e.g. builtin.KeyValueStore") @Parameter(
            names = "--source", absentValue = "") String source,
        @Descriptor("oracle | scripted:FILE | djl:builtin | djl:DIR | http:URL") @Parameter(names = "--policy",
            absentValue = "oracle") String policy,
        @Descriptor("split or all") @Parameter(names = "--split", absentValue = "all") String split,
        @Descriptor("standard | augmented") @Parameter(names = "--mode", absentValue = "standard") String mode,
        @Descriptor("output folder for records and summary.json") @Parameter(names = "--out",
            absentValue = "eval-out") String out,
        @Descriptor("worker threads") @Parameter(names = "--threads", absentValue = "2") int threads,
        @Descriptor("play only the first N tasks of the split (0 = all)") @Parameter(names = "--limit",
            absentValue = "0") int limit,
        @Descriptor("assistant messages per user turn before the turn is closed") @Parameter(names = "--max-steps",
            absentValue = "20") int maxSteps,
        @Descriptor("time limit of one tool call in ms; a call over it ends its episode") @Parameter(
            names = "--tool-timeout-ms", absentValue = "5000") long toolTimeoutMs)
        throws IOException {
        if (limit < 0 || maxSteps < 1 || toolTimeoutMs < 1) {
            throw new IllegalArgumentException("--limit must be >= 0, --max-steps >= 1 and --tool-timeout-ms >= 1");
        }
        TaskCatalog catalog = TaskCatalog.open(TaskOrigin.of(bfcl, tasksFile, source), plugins::taskSources);
        List<Task> all = catalog.tasks(split);
        List<Task> tasks = limit == 0 ? all : all.subList(0, Math.min(limit, all.size()));
        EpisodeConfig config = EpisodeConfig.of(null, new EpisodeOverrides(feedback(mode), null, maxSteps, null,
            catalog.dataDir())).withLimits(EpisodeLimits.DEFAULTS.withToolCallMillis(toolTimeoutMs));
        Function<Task, Policy> policies = PolicySpecs.resolve(policy, plugins, 7);
        // Policies made for this evaluation (a loaded model holds native memory) are closed when it ends.
        Set<Policy> used = Collections.newSetFromMap(new IdentityHashMap<>());
        long start = System.nanoTime();
        List<Rollout> rollouts;
        try (RolloutExecutor executor = new RolloutExecutor(threads, 64)) {
            rollouts = executor.runAll(tasks, t -> {
                Policy p = policies.apply(t);
                synchronized (used) {
                    used.add(p);
                }
                return p;
            }, new RolloutExecutor.Plan(config, plugins, plugins.augmenters(),
                new SamplingParams(1, 0, 1, 0, 512, List.of(), 7), false));
        } finally {
            used.forEach(p -> Trainings.closeQuietly(p, System.out));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<EpisodeRecord> records = rollouts.stream().map(Rollout::record).toList();
        Path dir = Path.of(out);
        RecordJson.write(dir.resolve("records.jsonl"), records);
        Map<String, Evaluation> bySplit = EvalSummary.bySplit(tasks, records);
        EvalSummary.write(dir.resolve("summary.json"), bySplit, policy, seconds);
        return EvalSummary.table(bySplit) + String.format("%n%d episodes in %.1f s -> %s", records.size(), seconds,
            dir.toAbsolutePath());
    }

    /**
     * Re-scores recorded episodes offline and compares with the recorded scores.
     *
     * @param bfcl the BFCL data folder; empty for the built-in tasks
     * @param records the records file
     * @return how many episodes were re-scored and whether every score was identical
     * @throws IOException when the records cannot be read
     */
    @Descriptor("re-score recorded episodes offline; reports any difference from the recorded turn scores")
    public String rescore(
        @Descriptor("BFCL data folder; omit for the built-in tasks") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("records JSONL written by envtune:eval or envtune:train") @Parameter(names = "--records",
            absentValue = "") String records) throws IOException {
        if (records.isBlank()) {
            throw new IllegalArgumentException("envtune:rescore needs --records FILE");
        }
        TaskCatalog catalog = TaskCatalog.open(TaskOrigin.of(bfcl, ""), plugins::taskSources);
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

    private static FeedbackMode feedback(String mode) {
        return switch (mode) {
            case "standard" -> FeedbackMode.STANDARD;
            case "augmented" -> FeedbackMode.AUGMENTED;
            default -> throw new IllegalArgumentException("--mode must be standard or augmented, was " + mode);
        };
    }
}
