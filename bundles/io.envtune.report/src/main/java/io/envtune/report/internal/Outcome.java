package io.envtune.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One before/after measurement of the run: the untrained policy against the final one, on the same tasks with the
 * same sampling settings.
 *
 * @param label what was measured
 * @param before the untrained policy's value, or NaN
 * @param after the final policy's value, or NaN (the run has not finished)
 */
public record Outcome(String label, double before, double after) {

    /**
     * @param data the run
     * @return the rows of {@code summary.json}; without it the "before" values of {@code state.json}; else none
     */
    public static List<Outcome> of(RunData data) {
        List<Outcome> rows = new ArrayList<>();
        SummaryData s = data.summary();
        if (s != null) {
            rows.add(new Outcome("training progress", s.progress_before(), s.progress_after()));
            rows.add(new Outcome("validation progress", s.validation_progress_before(),
                s.validation_progress_after()));
            rows.add(new Outcome("training success", s.success_before(), s.success_after()));
            rows.add(new Outcome("format validity", s.format_validity_before(), s.format_validity_after()));
        } else if (data.state() != null && data.state().before() != null) {
            EvalData b = data.state().before();
            EvalData v = data.state().validationBefore();
            rows.add(new Outcome("training progress", b.progress(), Double.NaN));
            rows.add(new Outcome("validation progress", v == null ? Double.NaN : v.progress(), Double.NaN));
            rows.add(new Outcome("training success", b.success(), Double.NaN));
            rows.add(new Outcome("format validity", b.formatValidity(), Double.NaN));
        }
        return rows;
    }

    /** @return after minus before, or NaN */
    public double gain() {
        return after - before;
    }
}
