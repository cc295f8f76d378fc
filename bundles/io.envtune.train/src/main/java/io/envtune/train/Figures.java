package io.envtune.train;

/**
 * An {@link Evaluation} as {@code summary.json} writes it: each figure with its standard error over tasks and the
 * number of units it counts.
 *
 * @param constrained whether the responses were decoded under the response-format grammar
 * @param episodes episodes played
 * @param success share of episodes whose every turn passed
 * @param success_se its standard error
 * @param progress mean share of passed turns
 * @param progress_se its standard error
 * @param tool_turn_accuracy share of passed turns among turns whose ground truth has at least one call
 * @param tool_turn_accuracy_se its standard error
 * @param tool_turns the turns it counts
 * @param answer_turn_accuracy share of passed turns among turns with an empty ground truth
 * @param answer_turn_accuracy_se its standard error
 * @param answer_turns the turns it counts
 * @param format_validity share of responses the strict protocol parser accepts (raw text)
 * @param format_validity_se its standard error
 * @param responses the responses it counts
 * @param faulted episodes that ended by a fault (policy error, tool time limit)
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record Figures(boolean constrained, int episodes, double success, double success_se, double progress,
                      double progress_se, double tool_turn_accuracy, double tool_turn_accuracy_se, long tool_turns,
                      double answer_turn_accuracy, double answer_turn_accuracy_se, long answer_turns,
                      double format_validity, double format_validity_se, long responses, int faulted) {

    /**
     * @param e an evaluation (null gives null)
     * @param constrained whether its responses were grammar-constrained
     * @return its figures
     */
    public static Figures of(Evaluation e, boolean constrained) {
        if (e == null) {
            return null;
        }
        return new Figures(constrained, e.episodes(), e.success().value(), e.success().se(), e.progress().value(),
            e.progress().se(), e.toolTurnAccuracy().value(), e.toolTurnAccuracy().se(), e.toolTurnAccuracy().n(),
            e.answerTurnAccuracy().value(), e.answerTurnAccuracy().se(), e.answerTurnAccuracy().n(),
            e.formatValidity().value(), e.formatValidity().se(), e.formatValidity().n(), e.faulted());
    }
}
