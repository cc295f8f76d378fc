package io.envtune.report.internal;

import java.util.ArrayList;
import java.util.List;

/** The report's tables as HTML: outcomes, run facts, stages, splits and the per-turn ledger. */
final class HtmlTables {

    /** The ledger lists this many turns; the rest are counted in a line below it. */
    static final int TURN_ROWS = 25;
    static final int HINT_ROWS = 25;

    private HtmlTables() {
    }

    static String outcomes(RunData data) {
        List<List<String>> rows = new ArrayList<>();
        Outcome.of(data).forEach(o -> rows.add(List.of(o.label(), Fmt.withSe(o.before(), o.beforeSe()),
            Fmt.withSe(o.after(), o.afterSe()), Fmt.num(o.gain()))));
        if (rows.isEmpty()) {
            return Html.para("empty", "No before/after measurements in this run folder.");
        }
        return Html.table("outcomes", "lrrr", List.of("measure", "untrained", "final", "gain"), rows);
    }

    static String facts(RunData data) {
        List<List<String>> rows = new ArrayList<>();
        SummaryData s = data.summary();
        StateData st = data.state();
        long steps = s != null ? s.steps() : st != null ? st.step() : data.metrics().size();
        rows.add(List.of("steps", Long.toString(steps)));
        rows.add(List.of("wall time", Fmt.duration(s != null ? s.wall_seconds() : st != null ? st.wallSeconds()
            : Double.NaN)));
        rows.add(List.of("format validity after stage 1", Fmt.num(s != null ? s.format_validity_after_stage1()
            : st != null ? st.formatValidityAfterStage1() : Double.NaN)));
        if (s != null && s.final_stage() != null) {
            rows.add(List.of("final stage", s.final_stage()));
        }
        if (data.curriculum() != null) {
            rows.add(List.of("curriculum state", "stage " + (data.curriculum().stageIndex() + 1) + ", "
                + data.curriculum().stepsInStage() + " step(s) in it"));
        }
        rows.add(List.of("finished", s != null ? "yes" : "no (no summary.json)"));
        return Html.table("facts", "lr", List.of("run", ""), rows);
    }

    static String stages(List<StageRow> stages) {
        if (stages.isEmpty()) {
            return Html.para("empty", "No steps recorded (metrics.jsonl missing or empty).");
        }
        List<List<String>> rows = stages.stream().map(r -> List.of(r.stage(), Long.toString(r.steps()),
            Fmt.steps(r), Fmt.num(r.meanReward()), Fmt.num(r.meanProgress()), Fmt.num(r.lastValidation()))).toList();
        return Html.table("stages", "lrrrrr", List.of("stage", "steps", "step range", "mean reward",
            "mean progress", "last validation progress"), rows);
    }

    static String splits(List<SplitAccuracy> splits) {
        if (splits.isEmpty()) {
            return Html.para("empty", "No episode records: per-split accuracy is unknown.");
        }
        List<List<String>> rows = splits.stream().map(s -> List.of(s.split(), Long.toString(s.firstStep()),
            Fmt.num(s.before()), Fmt.num(s.progressBefore()), Long.toString(s.lastStep()), Fmt.num(s.after()),
            Fmt.num(s.progressAfter()))).toList();
        return Html.table("splits", "lrrrrrr", List.of("split", "before: step", "accuracy", "progress", "after: step",
            "accuracy", "progress"), rows);
    }

    static String turns(Ledger ledger) {
        if (ledger.episodes() == 0) {
            return Html.para("empty", "No episode records: the per-turn ledger is empty.");
        }
        if (ledger.turns().isEmpty()) {
            return Html.para("empty", "No turn failed in " + ledger.episodes() + " recorded episodes.");
        }
        List<List<String>> rows = ledger.turns().stream().limit(TURN_ROWS).map(t -> List.of(t.taskId(),
            Integer.toString(t.turn()), Long.toString(t.failures()), Long.toString(t.attempts()),
            Fmt.share(t.failures(), t.attempts()), t.topReason())).toList();
        String more = ledger.turns().size() > TURN_ROWS ? Html.para("more", (ledger.turns().size() - TURN_ROWS)
            + " more turn(s) failed at least once.") : "";
        return Html.table("turns", "lrrrrl", List.of("task", "turn", "failures", "attempts", "failure rate",
            "most common reason"), rows) + more;
    }

    static String hints(Ledger ledger) {
        if (ledger.hints().isEmpty()) {
            return Html.para("empty", "No hint fired in " + ledger.steps() + " recorded steps.");
        }
        List<List<String>> rows = ledger.hints().stream().limit(HINT_ROWS).map(h -> List.of(h.hint(),
            Long.toString(h.count()), Fmt.share(h.count(), ledger.steps()))).toList();
        return Html.table("hints", "lrr", List.of("hint (up to its first colon)", "times", "share of steps"), rows);
    }
}
