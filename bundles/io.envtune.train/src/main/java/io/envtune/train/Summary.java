package io.envtune.train;

import java.util.Map;

/**
 * What {@code summary.json} reports at the end of a run. Before/after numbers use the same tasks and the same
 * sampling settings.
 *
 * @param wall_seconds wall time of the whole run, resumed parts included
 * @param steps training steps taken
 * @param final_stage the stage the run ended in
 * @param steps_per_stage steps taken in each stage
 * @param format_validity_after_stage1 format validity on the stage-1 tasks when stage 1 ended (NaN if it never did)
 * @param progress_before mean progress of the untrained policy on the training tasks
 * @param progress_after the same for the final policy
 * @param validation_progress_before mean progress of the untrained policy on the validation tasks
 * @param validation_progress_after the same for the final policy
 * @param success_before success rate of the untrained policy on the training tasks
 * @param success_after the same for the final policy
 * @param format_validity_before format validity of the untrained policy on the training tasks
 * @param format_validity_after the same for the final policy
 * @param per_split accuracy and progress per split on the training tasks, untrained vs final policy
 * @param validation_per_split the same on the validation tasks
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record Summary(double wall_seconds, long steps, String final_stage, Map<String, Long> steps_per_stage,
                      double format_validity_after_stage1, double progress_before, double progress_after,
                      double validation_progress_before, double validation_progress_after, double success_before,
                      double success_after, double format_validity_before, double format_validity_after,
                      Map<String, SplitChange> per_split, Map<String, SplitChange> validation_per_split) {
}
