package io.envtune.report.internal;

import java.util.Map;

/**
 * {@code summary.json}, read as the training loop's {@code Summary} writes it (same JSON names).
 *
 * @param wall_seconds wall time of the whole run
 * @param steps training steps taken
 * @param final_stage the stage the run ended in
 * @param steps_per_stage steps taken in each stage, in curriculum order (may be null in a hand-written file)
 * @param format_validity_after_stage1 format validity when stage 1 ended, or NaN
 * @param progress_before mean progress of the untrained policy on the training tasks
 * @param progress_after the same for the final policy
 * @param validation_progress_before mean progress of the untrained policy on the validation tasks
 * @param validation_progress_after the same for the final policy
 * @param success_before success rate of the untrained policy on the training tasks
 * @param success_after the same for the final policy
 * @param format_validity_before format validity of the untrained policy on the training tasks
 * @param format_validity_after the same for the final policy
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record SummaryData(double wall_seconds, long steps, String final_stage, Map<String, Long> steps_per_stage,
                          double format_validity_after_stage1, double progress_before, double progress_after,
                          double validation_progress_before, double validation_progress_after, double success_before,
                          double success_after, double format_validity_before, double format_validity_after) {
}
