package io.envtune.train;

import io.envtune.api.Stage;
import io.envtune.curriculum.Ablation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

/**
 * Runs the paper's ablations in miniature: every variant with every seed, on the same tasks, each a complete
 * training run in {@code OUT/<variant>/seed-<n>/}. A run whose folder already holds a {@code summary.json} is read
 * back instead of repeated, so an interrupted ablation continues where it stopped. {@code ablation.json} is rewritten
 * (atomically) after every run.
 */
public final class AblationRun {

    /** Trains one fresh policy with the given stages and seed into a run folder. */
    @FunctionalInterface
    public interface Trainer {

        /**
         * @param stages the variant's stages
         * @param seed the seed (task sampling, policy sampling, the policy's initialisation where it has one)
         * @param runDir the run folder
         * @return the run's summary
         * @throws IOException when the run folder cannot be written
         */
        Summary train(List<Stage> stages, long seed, Path runDir) throws IOException;
    }

    /**
     * One finished run.
     *
     * @param variant the variant's key
     * @param seed the seed
     * @param run the run folder
     * @param summary its summary
     */
    public record Result(String variant, long seed, String run, Summary summary) {
    }

    /**
     * One row of the table: a variant over its seeds.
     *
     * @param variant the variant's key
     * @param description what it changes
     * @param seeds how many seeds
     * @param progressAfter final mean progress on the training tasks
     * @param progressGain final minus untrained progress on the training tasks
     * @param validationAfter final mean progress on the validation tasks
     * @param successAfter final success rate on the training tasks
     * @param formatAfter final format validity on the training tasks
     */
    public record Row(String variant, String description, int seeds, Spread progressAfter, Spread progressGain,
                      Spread validationAfter, Spread successAfter, Spread formatAfter) {
    }

    private AblationRun() {
    }

    /**
     * @param variants the variants, in table order
     * @param seeds the seeds (the same for every variant)
     * @param curriculum the full curriculum the variants derive from
     * @param out the ablation folder
     * @param trainer trains one run
     * @param log progress lines
     * @return every run's result
     * @throws IOException when a run or the results file cannot be written
     */
    public static List<Result> run(List<Ablation> variants, List<Long> seeds, List<Stage> curriculum, Path out,
                                   Trainer trainer, Consumer<String> log) throws IOException {
        List<Result> results = new ArrayList<>();
        RunFolder folder = new RunFolder(out);
        for (Ablation v : variants) {
            for (long seed : seeds) {
                Path dir = out.resolve(v.key()).resolve("seed-" + seed);
                Summary done = new RunFolder(dir).readJson("summary.json", Summary.class);
                if (done == null) {
                    log.accept("ablation " + v.key() + " (" + v.description() + "), seed " + seed + " -> " + dir);
                    done = trainer.train(v.apply(curriculum), seed, dir);
                } else {
                    log.accept("ablation " + v.key() + ", seed " + seed + ": already finished in " + dir);
                }
                results.add(new Result(v.key(), seed, dir.toString(), done));
                folder.writeJson("ablation.json", new Table(table(variants, results), results));
            }
        }
        return results;
    }

    /**
     * @param variants the variants, in table order
     * @param results the runs
     * @return one row per variant that has results
     */
    public static List<Row> table(List<Ablation> variants, List<Result> results) {
        List<Row> rows = new ArrayList<>();
        for (Ablation v : variants) {
            List<Summary> s = results.stream().filter(r -> r.variant().equals(v.key())).map(Result::summary).toList();
            if (!s.isEmpty()) {
                rows.add(new Row(v.key(), v.description(), s.size(), spread(s, Summary::progress_after),
                    spread(s, x -> x.progress_after() - x.progress_before()), spread(s, Summary::validation_progress_after),
                    spread(s, Summary::success_after), spread(s, Summary::format_validity_after)));
            }
        }
        return rows;
    }

    /**
     * @param rows the table
     * @return a text table: mean ± standard deviation over seeds, and the range of the progress gain
     */
    public static String text(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format("%-16s %5s  %-15s %-15s %-13s %-15s %-15s %-15s%n",
            "variant", "seeds", "progress after", "progress gain", "gain range", "val. progress", "success after",
            "format after"));
        for (Row r : rows) {
            out.append(String.format("%-16s %5d  %-15s %-15s %-13s %-15s %-15s %-15s%n", r.variant(), r.seeds(),
                r.progressAfter(), r.progressGain(), String.format("%+.3f..%+.3f", r.progressGain().min(),
                    r.progressGain().max()), r.validationAfter(), r.successAfter(), r.formatAfter()));
        }
        return out.toString().stripTrailing();
    }

    private static Spread spread(List<Summary> summaries, ToDoubleFunction<Summary> f) {
        return Spread.of(summaries.stream().mapToDouble(f).toArray());
    }

    /** What {@code ablation.json} holds. */
    private record Table(List<Row> rows, List<Result> runs) {
    }
}
