package io.envtune.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One before/after measurement of the run: the untrained policy against the final one, on the same tasks with the
 * same sampling settings, with standard errors where the run measured them.
 *
 * @param label what was measured
 * @param before the untrained policy's value, or NaN
 * @param beforeSe its standard error, or NaN
 * @param after the final policy's value, or NaN (the run has not finished)
 * @param afterSe its standard error, or NaN
 */
public record Outcome(String label, double before, double beforeSe, double after, double afterSe) {

    /**
     * @param data the run
     * @return the rows of {@code summary.json}; without it the "before" values of {@code state.json}; else none
     */
    public static List<Outcome> of(RunData data) {
        List<Outcome> rows = new ArrayList<>();
        SummaryData s = data.summary();
        if (s != null && s.validation() != null) {
            validation(rows, s.validation());
        }
        if (s != null) {
            if (s.validation() == null) {
                rows.add(plain("validation progress", s.validation_progress_before(), s.validation_progress_after()));
            }
            rows.add(plain("training progress", s.progress_before(), s.progress_after()));
            rows.add(plain("training success", s.success_before(), s.success_after()));
            rows.add(plain("training format validity", s.format_validity_before(), s.format_validity_after()));
        } else if (data.state() != null && data.state().before() != null) {
            EvalData b = data.state().before();
            EvalData v = data.state().validationBefore();
            if (v != null) {
                rows.add(first("validation success", v.success()));
                rows.add(first("validation progress", v.progress()));
                rows.add(first("validation tool-turn accuracy", v.toolTurnAccuracy()));
            }
            rows.add(first("training progress", b.progress()));
            rows.add(first("training success", b.success()));
        }
        return rows;
    }

    private static void validation(List<Outcome> rows, ValidationData v) {
        FiguresData b = v.before();
        FiguresData a = v.after();
        rows.add(new Outcome("validation success", b.success(), b.success_se(), a.success(), a.success_se()));
        rows.add(new Outcome("validation progress", b.progress(), b.progress_se(), a.progress(), a.progress_se()));
        // the baseline policy never trains: one value, beside the progress it bounds from below
        rows.add(new Outcome("  always-answer baseline", v.always_answer_progress(), v.always_answer_progress_se(),
            Double.NaN, Double.NaN));
        rows.add(new Outcome("validation tool-turn acc.", b.tool_turn_accuracy(), b.tool_turn_accuracy_se(),
            a.tool_turn_accuracy(), a.tool_turn_accuracy_se()));
        rows.add(new Outcome("validation answer-turn acc.", b.answer_turn_accuracy(), b.answer_turn_accuracy_se(),
            a.answer_turn_accuracy(), a.answer_turn_accuracy_se()));
        FiguresData fb = v.unconstrained_before() != null ? v.unconstrained_before() : b;
        FiguresData fa = v.unconstrained_after() != null ? v.unconstrained_after() : a;
        rows.add(new Outcome("format validity (no grammar)", fb.format_validity(), fb.format_validity_se(),
            fa.format_validity(), fa.format_validity_se()));
        if (v.unconstrained_before() != null) {
            rows.add(new Outcome("  tool-turn acc. (no grammar)", fb.tool_turn_accuracy(),
                fb.tool_turn_accuracy_se(), fa.tool_turn_accuracy(), fa.tool_turn_accuracy_se()));
        }
    }

    private static Outcome plain(String label, double before, double after) {
        return new Outcome(label, before, Double.NaN, after, Double.NaN);
    }

    private static Outcome first(String label, FigureData f) {
        return new Outcome(label, f.value(), f.se(), Double.NaN, Double.NaN);
    }

    /** @return after minus before, or NaN */
    public double gain() {
        return after - before;
    }
}
