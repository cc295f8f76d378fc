package io.envtune.train;

import java.util.Map;

/**
 * What {@code summary.json} reports at the end of a run. Before/after numbers use the same tasks and the same
 * sampling settings; every figure of {@link Figures} carries its standard error and count.
 *
 * @param wall_seconds wall time of the whole run, resumed parts included
 * @param constrained whether the run decoded under the response-format grammar
 * @param model the model training started from and the checkpoint it ended with
 * @param steps training steps taken
 * @param final_stage the stage the run ended in
 * @param steps_per_stage steps taken in each stage
 * @param format_validity_after_stage1 format validity (strict parser, decoded without the grammar) on the stage-1
 *                                     tasks when stage 1 ended (NaN if it never did)
 * @param validation the held-out validation tasks before and after, with the always-answer baseline
 * @param train_before the initial policy on the training tasks (one episode per task)
 * @param train_after the final policy on the training tasks
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
 * @param test BFCL accuracy on the held-out test tasks before and after in the paper's Table-1 layout; null when the
 *             run's tasks have no test part (built-in tasks)
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record Summary(double wall_seconds, boolean constrained, ModelInfo model, long steps, String final_stage,
                      Map<String, Long> steps_per_stage, double format_validity_after_stage1,
                      ValidationSummary validation, Figures train_before, Figures train_after,
                      double progress_before, double progress_after,
                      double validation_progress_before, double validation_progress_after, double success_before,
                      double success_after, double format_validity_before, double format_validity_after,
                      Map<String, SplitChange> per_split, Map<String, SplitChange> validation_per_split,
                      TestSummary test) {

    /**
     * A summary without a test block (the 3.0 form).
     *
     * @param wall_seconds wall time
     * @param constrained whether the run decoded under the grammar
     * @param model start and end of the policy
     * @param steps steps taken
     * @param final_stage the last stage
     * @param steps_per_stage steps per stage
     * @param format_validity_after_stage1 format validity after stage 1
     * @param validation the validation block
     * @param train_before the initial policy on the training tasks
     * @param train_after the final policy on the training tasks
     * @param progress_before progress before
     * @param progress_after progress after
     * @param validation_progress_before validation progress before
     * @param validation_progress_after validation progress after
     * @param success_before success before
     * @param success_after success after
     * @param format_validity_before format validity before
     * @param format_validity_after format validity after
     * @param per_split per split on the training tasks
     * @param validation_per_split per split on the validation tasks
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public Summary(double wall_seconds, boolean constrained, ModelInfo model, long steps, String final_stage,
                   Map<String, Long> steps_per_stage, double format_validity_after_stage1,
                   ValidationSummary validation, Figures train_before, Figures train_after,
                   double progress_before, double progress_after,
                   double validation_progress_before, double validation_progress_after, double success_before,
                   double success_after, double format_validity_before, double format_validity_after,
                   Map<String, SplitChange> per_split, Map<String, SplitChange> validation_per_split) {
        this(wall_seconds, constrained, model, steps, final_stage, steps_per_stage, format_validity_after_stage1,
            validation, train_before, train_after, progress_before, progress_after, validation_progress_before,
            validation_progress_after, success_before, success_after, format_validity_before, format_validity_after,
            per_split, validation_per_split, null);
    }

    /**
     * Where the policy came from and where it ended.
     *
     * @param initial the policy training started from ({@code djl:builtin} or the model folder's policy name)
     * @param final_checkpoint the absolute folder of the last checkpoint, which {@code --policy djl:DIR} loads
     */
    @SuppressWarnings("checkstyle:RecordComponentName")
    public record ModelInfo(String initial, String final_checkpoint) {
    }
}
