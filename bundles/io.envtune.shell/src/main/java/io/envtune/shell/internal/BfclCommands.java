package io.envtune.shell.internal;

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
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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

    /**
     * Replays ground truth and writes the golden-fixture JSON lines.
     *
     * @param bfcl the BFCL data folder
     * @param split one split or {@code all}
     * @param out the output file
     * @return a summary
     * @throws IOException when the output cannot be written
     */
    @Descriptor("replay the ground truth of BFCL entries; writes one golden-format JSON line per entry")
    public String replay(
        @Descriptor("BFCL data folder (or a gorilla checkout)") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("split: base, miss_func, miss_param, long_context, or all") @Parameter(names = "--split",
            absentValue = "all") String split,
        @Descriptor("output JSONL file (default: golden_<split>.jsonl)") @Parameter(names = "--out",
            absentValue = "") String out) throws IOException {
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

    /**
     * Runs the BFCL checker over model trajectories.
     *
     * @param bfcl the BFCL data folder
     * @param in the trajectories (verdicts_*.jsonl form: id and model_result_decoded)
     * @param out the verdict file
     * @return a summary with per-split accuracy
     * @throws IOException when a file cannot be read or written
     */
    @Descriptor("check model trajectories with BFCL's multi-turn checker; writes one verdict line per input line")
    public String check(
        @Descriptor("BFCL data folder (or a gorilla checkout)") @Parameter(names = "--bfcl", absentValue = "")
        String bfcl,
        @Descriptor("input JSONL with id and model_result_decoded") @Parameter(names = "--in", absentValue = "")
        String in,
        @Descriptor("output JSONL of verdicts") @Parameter(names = "--out", absentValue = "") String out)
        throws IOException {
        if (in.isBlank() || out.isBlank()) {
            throw new IllegalArgumentException("envtune:check needs --in FILE and --out FILE");
        }
        BfclDataset data = BfclDataset.load(BfclPaths.dataDir(bfcl));
        List<String> input = Files.readAllLines(Path.of(in), StandardCharsets.UTF_8);
        Accuracy accuracy = new Accuracy();
        List<String> verdicts = new ArrayList<>(input.size());
        for (String line : input) {
            if (line.isBlank()) {
                continue;
            }
            TrajectoryVerdict v = TrajectoryCheck.check(line, data, registry, data.dataDir());
            verdicts.add(v.toJsonLine());
            accuracy.add(v);
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
