package io.envtune.report.internal;

import java.util.ArrayList;
import java.util.List;
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
 * @param per_split per-split accuracy and progress on the training tasks, untrained vs final (null in older files)
 * @param validation_per_split the same on the validation tasks (null in older files)
 * @param constrained whether the run decoded under the response-format grammar
 * @param validation the validation block with standard errors and the always-answer baseline (null in older files)
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record SummaryData(double wall_seconds, long steps, String final_stage, Map<String, Long> steps_per_stage,
                          double format_validity_after_stage1, double progress_before, double progress_after,
                          double validation_progress_before, double validation_progress_after, double success_before,
                          double success_after, double format_validity_before, double format_validity_after,
                          Map<String, SplitData> per_split, Map<String, SplitData> validation_per_split,
                          boolean constrained, ValidationData validation) {

    /**
     * One split of {@code per_split}.
     *
     * @param episodes episodes of the split
     * @param accuracy_before untrained success rate
     * @param accuracy_after final success rate
     * @param progress_before untrained mean progress
     * @param progress_after final mean progress
     */
    public record SplitData(int episodes, double accuracy_before, double accuracy_after, double progress_before,
                            double progress_after) {
    }

    /** @return the per-split pairs of the training tasks, empty when the file has none */
    List<SplitAccuracy> splitAccuracy() {
        List<SplitAccuracy> out = new ArrayList<>();
        if (per_split != null) {
            per_split.forEach((split, s) -> out.add(new SplitAccuracy(split, 0, s.accuracy_before(),
                s.progress_before(), steps, s.accuracy_after(), s.progress_after(), true)));
        }
        return out;
    }
}
