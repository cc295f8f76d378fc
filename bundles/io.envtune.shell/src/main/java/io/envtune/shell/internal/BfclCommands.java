package io.envtune.shell.internal;

import io.envtune.cli.CommandArgs;
import io.envtune.bfcl.Accuracy;
import io.envtune.bfcl.BfclDataset;
import io.envtune.platform.Plugins;
import io.envtune.bfcl.GroundTruthReplay;
import io.envtune.bfcl.SplitAccuracy;
import io.envtune.bfcl.TrajectoryCheck;
import io.envtune.bfcl.TrajectoryVerdict;
import io.envtune.api.Task;
import io.envtune.runtime.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Gogo commands over the BFCL benchmark: {@code envtune:replay} and {@code envtune:check}. */
@Component(service = BfclCommands.class, property = {
    "osgi.command.scope=envtune", "osgi.command.function=replay", "osgi.command.function=check"})
public final class BfclCommands {

    private final Plugins registry;

    /** @param registry the platform's live plug-ins */
    @Activate
    public BfclCommands(@Reference Plugins registry) {
        this.registry = registry;
    }

    /** The one declaration of {@code envtune:replay}'s options. */
    @Command(description = "Replay the ground truth of BFCL entries; writes one golden-format JSON line per entry.")
    static final class ReplayOptions {
        @Option(names = "--bfcl", paramLabel = "DIR", description = "BFCL data folder (or a gorilla checkout). "
            + "Default: -Denvtune.bfcl.")
        String bfcl = "";

        @Option(names = "--split", paramLabel = "SPLIT", description = "base, miss_func, miss_param, long_context, "
            + "or all.")
        String split = "all";

        @Option(names = "--out", paramLabel = "FILE", description = "Output JSONL file. Default: "
            + "golden_<split>.jsonl.")
        String out = "";
    }

    /**
     * Replays ground truth and writes the golden-fixture JSON lines; options in {@link ReplayOptions}.
     *
     * @param args the raw words after the command name
     * @return a summary, or the help text
     * @throws Exception when the output cannot be written
     */
    @Descriptor("replay the ground truth of BFCL entries; writes one golden-format JSON line per entry")
    public Object replay(@Descriptor("options; see envtune:replay --help") String... args) throws Exception {
        return CommandArgs.run("envtune:replay", new ReplayOptions(), args, this::replay);
    }

    private String replay(ReplayOptions o) throws IOException {
        String bfcl = o.bfcl;
        String split = o.split;
        String out = o.out;
        BfclDataset data = BfclDataset.load(BfclPaths.dataDir(bfcl));
        List<Task> tasks = split.equals("all") ? data.tasks() : data.tasks(BfclPaths.checkSplit(data, split));
        Path target = Path.of(out.isBlank() ? "golden_" + split + ".jsonl" : out);
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            lines.add(GroundTruthReplay.replayLine(t, registry, data.dataDir()));
        }
        AtomicFiles.write(target, w -> {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        });
        long ms = (System.nanoTime() - start) / 1_000_000;
        return "replayed " + tasks.size() + " entries in " + ms + " ms -> " + target.toAbsolutePath();
    }

    /** The one declaration of {@code envtune:check}'s options. */
    @Command(description = "Check model trajectories with BFCL's multi-turn checker; writes one verdict line per "
        + "input line. Every input line must be a JSON object with id and model_result_decoded.")
    static final class CheckOptions {
        @Option(names = "--bfcl", paramLabel = "DIR", description = "BFCL data folder (or a gorilla checkout). "
            + "Default: -Denvtune.bfcl.")
        String bfcl = "";

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input JSONL with id and "
            + "model_result_decoded.")
        String in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSONL of verdicts.")
        String out;
    }

    /**
     * Runs the BFCL checker over model trajectories; options in {@link CheckOptions}.
     *
     * @param args the raw words after the command name
     * @return a summary with per-split accuracy, or the help text
     * @throws Exception when a file cannot be read or written
     */
    @Descriptor("check model trajectories with BFCL's multi-turn checker; writes one verdict line per input line")
    public Object check(@Descriptor("options; see envtune:check --help") String... args) throws Exception {
        return CommandArgs.run("envtune:check", new CheckOptions(), args, this::check);
    }

    private String check(CheckOptions o) throws IOException {
        String bfcl = o.bfcl;
        String in = o.in;
        String out = o.out;
        BfclDataset data = BfclDataset.load(BfclPaths.dataDir(bfcl));
        List<String> input = Files.readAllLines(Path.of(in), StandardCharsets.UTF_8);
        Accuracy accuracy = new Accuracy();
        List<String> verdicts = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            String line = input.get(i);
            if (line.isBlank()) {
                continue;
            }
            TrajectoryVerdict v = TrajectoryCheck.check(line, data, registry, data.dataDir());
            if (verdicts.isEmpty() && v.id() == null) {
                // One bad line is a model's fault and gets its verdict; a file whose first line is no trajectory
                // at all is the wrong file.
                throw new IllegalArgumentException("envtune:check: line " + (i + 1) + " of " + in + " is not a "
                    + "trajectory (a JSON object with a string \"id\" and \"model_result_decoded\"); is --in the "
                    + "right file?");
            }
            verdicts.add(v.toJsonLine());
            accuracy.add(v);
        }
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("envtune:check: no trajectories in " + in + " (the file is empty)");
        }
        AtomicFiles.write(Path.of(out), w -> {
            for (String v : verdicts) {
                w.write(v);
                w.write('\n');
            }
        });
        return summary(verdicts.size(), accuracy, Path.of(out));
    }

    private static String summary(int lines, Accuracy accuracy, Path out) {
        StringBuilder s = new StringBuilder("checked ").append(lines).append(" trajectories -> ")
            .append(out.toAbsolutePath()).append('\n');
        for (SplitAccuracy a : accuracy.perSplit()) {
            s.append(String.format("  %-14s %4d / %4d  %.2f%%%n", a.split(), a.valid(), a.total(),
                100 * a.accuracy()));
        }
        return s.append(String.format("  overall (unweighted mean of splits) %.2f%%", 100 * accuracy.overall()))
            .toString();
    }
}
