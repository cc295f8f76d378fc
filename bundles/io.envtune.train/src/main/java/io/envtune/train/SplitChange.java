package io.envtune.train;

import java.util.Map;
import java.util.TreeMap;

/**
 * One task split before and after training, on the same tasks with the same sampling settings.
 *
 * @param episodes episodes of the split in each measurement
 * @param accuracy_before the untrained policy's success rate (BFCL accuracy: every turn passed)
 * @param accuracy_after the final policy's success rate
 * @param progress_before the untrained policy's mean progress
 * @param progress_after the final policy's mean progress
 * @param tool_turn_accuracy_before the untrained policy's tool-turn accuracy (NaN when the split has no such turn)
 * @param tool_turn_accuracy_after the final policy's tool-turn accuracy
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record SplitChange(int episodes, double accuracy_before, double accuracy_after, double progress_before,
                          double progress_after, double tool_turn_accuracy_before, double tool_turn_accuracy_after) {

    /**
     * @param before the untrained policy's evaluation (with splits)
     * @param after the final policy's evaluation of the same tasks
     * @return the change per split present in both
     */
    public static Map<String, SplitChange> of(Evaluation before, Evaluation after) {
        Map<String, SplitChange> out = new TreeMap<>();
        before.splits().forEach((split, b) -> {
            Evaluation a = after.splits().get(split);
            if (a != null) {
                out.put(split, new SplitChange(a.episodes(), b.success().value(), a.success().value(),
                    b.progress().value(), a.progress().value(), b.toolTurnAccuracy().value(),
                    a.toolTurnAccuracy().value()));
            }
        });
        return out;
    }
}
