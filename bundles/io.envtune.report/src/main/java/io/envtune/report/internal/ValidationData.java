package io.envtune.report.internal;

/**
 * The validation block of {@code summary.json} (the training loop's {@code ValidationSummary}).
 *
 * @param tasks validation tasks
 * @param samples_per_task episodes per task
 * @param before the initial policy as decoded in the run
 * @param after the final policy as decoded in the run
 * @param unconstrained_before the initial policy without the grammar, or null
 * @param unconstrained_after the final policy without the grammar, or null
 * @param always_answer_progress the always-answer baseline's progress
 * @param always_answer_progress_se its standard error
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record ValidationData(int tasks, int samples_per_task, FiguresData before, FiguresData after,
                             FiguresData unconstrained_before, FiguresData unconstrained_after,
                             double always_answer_progress, double always_answer_progress_se) {
}
