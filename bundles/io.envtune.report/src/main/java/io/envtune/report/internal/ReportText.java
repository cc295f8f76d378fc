package io.envtune.report.internal;

import java.util.List;
import java.util.Locale;

/** The short plain-text form of the report, printed at the end of a run: stages, outcomes, worst turns, notes. */
public final class ReportText {

    /** The text lists this many failing turns and hints. */
    static final int TOP = 5;
    private static final String STAGE_ROW = "%-22s %6s %-11s %8s %9s %9s%n";
    private static final String OUTCOME_ROW = "%-30s %15s %15s %8s%n";

    private ReportText() {
    }

    /**
     * @param data the run
     * @param stages its per-stage table
     * @return the text, lines ending in a newline
     */
    public static String render(RunData data, List<StageRow> stages) {
        StringBuilder out = new StringBuilder("run ").append(data.dir()).append('\n');
        if (!stages.isEmpty()) {
            out.append(f(STAGE_ROW, "stage", "steps", "range", "reward", "progress", "val.prog"));
            stages.forEach(r -> out.append(f(STAGE_ROW, r.stage(), r.steps(), Fmt.steps(r), Fmt.num(r.meanReward()),
                Fmt.num(r.meanProgress()), Fmt.num(r.lastValidation()))));
        }
        List<Outcome> outcomes = Outcome.of(data);
        if (!outcomes.isEmpty()) {
            out.append(f(OUTCOME_ROW, "measure", "untrained", "final", "gain"));
            outcomes.forEach(o -> out.append(f(OUTCOME_ROW, o.label(), Fmt.withSe(o.before(), o.beforeSe()),
                Fmt.withSe(o.after(), o.afterSe()),
                Double.isNaN(o.gain()) ? Fmt.NONE : String.format(Locale.ROOT, "%+.3f", o.gain()))));
        }
        splits(out, data.splits());
        facts(out, data);
        stepTime(out, data.metrics());
        ledger(out, data.ledger());
        data.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    private static void splits(StringBuilder out, List<SplitAccuracy> splits) {
        if (!splits.isEmpty() && splits.get(0).evaluated()) {
            out.append(f(OUTCOME_ROW, "training progress by split", "untrained", "final", "gain"));
            splits.forEach(s -> out.append(f(OUTCOME_ROW, "  " + s.split(), Fmt.num(s.progressBefore()),
                Fmt.num(s.progressAfter()), String.format(Locale.ROOT, "%+.3f", s.progressAfter() - s.progressBefore()))));
        }
    }

    private static void facts(StringBuilder out, RunData data) {
        SummaryData s = data.summary();
        if (s != null) {
            out.append(f("steps %d, wall time %s, format validity after stage 1 %s, final stage %s%n", s.steps(),
                Fmt.duration(s.wall_seconds()), Fmt.num(s.format_validity_after_stage1()), s.final_stage()));
            out.append(s.constrained() ? "decoding: grammar-constrained (format validity measured without it)\n"
                : "decoding: unconstrained\n");
            if (s.validation() != null) {
                out.append(f("validation: %d tasks x %d samples; standard errors over tasks%n", s.validation().tasks(),
                    s.validation().samples_per_task()));
            }
        } else if (data.state() != null) {
            out.append(f("unfinished: %d step(s) done, wall time so far %s%n", data.state().step(),
                Fmt.duration(data.state().wallSeconds())));
        }
    }

    /** The median step's split, so a slow phase shows without opening metrics.jsonl. */
    private static void stepTime(StringBuilder out, List<MetricLine> metrics) {
        List<MetricLine.StepTimeData> t = metrics.stream().map(MetricLine::time).filter(x -> x != null).toList();
        if (!t.isEmpty()) {
            out.append(f("median step: %.1f s (rollout %.1f, scoring %.1f, update %.1f, validation %.1f; cpu %.1f s)"
                + "%n", median(metrics.stream().mapToDouble(MetricLine::seconds)),
                median(t.stream().mapToDouble(MetricLine.StepTimeData::rollout)),
                median(t.stream().mapToDouble(MetricLine.StepTimeData::scoring)),
                median(t.stream().mapToDouble(MetricLine.StepTimeData::update)),
                median(t.stream().mapToDouble(MetricLine.StepTimeData::validation)),
                median(t.stream().mapToDouble(MetricLine.StepTimeData::cpu))));
        }
    }

    private static double median(java.util.stream.DoubleStream values) {
        double[] v = values.sorted().toArray();
        int h = v.length / 2;
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[h] : (v[h - 1] + v[h]) / 2;
    }

    private static void ledger(StringBuilder out, Ledger ledger) {
        if (!ledger.turns().isEmpty()) {
            out.append("turns that fail most (of ").append(ledger.episodes()).append(" episodes):\n");
            ledger.turns().stream().limit(TOP).forEach(t -> out.append(f("  %s turn %d: %d/%d failed, mostly %s%n",
                t.taskId(), t.turn(), t.failures(), t.attempts(), t.topReason())));
        }
        if (!ledger.hints().isEmpty()) {
            out.append("hints that fired (of ").append(ledger.steps()).append(" steps):\n");
            ledger.hints().stream().limit(TOP).forEach(h -> out.append(f("  %5d  %s%n", h.count(), h.hint())));
        }
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
