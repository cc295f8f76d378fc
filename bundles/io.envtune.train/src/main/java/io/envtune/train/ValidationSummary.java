package io.envtune.train;

import java.util.Map;

/**
 * The held-out validation tasks before and after training, as {@code summary.json} reports them. {@code before} and
 * {@code after} are decoded as the run trained (constrained or not); when the run decoded under the grammar, the
 * {@code unconstrained_*} blocks repeat the measurement without it, and format validity should be read there. The
 * always-answer baseline is measured by playing a policy that answers every step and never calls a tool: progress
 * is only meaningful above it.
 *
 * @param tasks validation tasks
 * @param samples_per_task episodes per task in each measurement
 * @param before the initial policy
 * @param after the final policy
 * @param unconstrained_before the initial policy without the grammar, or null when the run was unconstrained
 * @param unconstrained_after the final policy without the grammar, or null when the run was unconstrained
 * @param always_answer_progress mean progress of the always-answer policy
 * @param always_answer_progress_se its standard error over tasks
 * @param always_answer all figures of the always-answer policy (one episode per task: it is deterministic)
 * @param per_split success, progress and tool-turn accuracy per split, before and after
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record ValidationSummary(int tasks, int samples_per_task, Figures before, Figures after,
                                Figures unconstrained_before, Figures unconstrained_after,
                                double always_answer_progress, double always_answer_progress_se,
                                Figures always_answer, Map<String, SplitChange> per_split) {
}
