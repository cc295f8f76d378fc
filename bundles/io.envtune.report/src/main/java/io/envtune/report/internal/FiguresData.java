package io.envtune.report.internal;

/**
 * One measurement block of {@code summary.json} (the training loop's {@code Figures}).
 *
 * @param constrained whether the responses were grammar-constrained
 * @param episodes episodes played
 * @param success share of fully passed episodes
 * @param success_se its standard error
 * @param progress mean progress
 * @param progress_se its standard error
 * @param tool_turn_accuracy share of passed turns with ground-truth calls
 * @param tool_turn_accuracy_se its standard error
 * @param answer_turn_accuracy share of passed turns without ground-truth calls
 * @param answer_turn_accuracy_se its standard error
 * @param format_validity share of responses the strict parser accepts
 * @param format_validity_se its standard error
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record FiguresData(boolean constrained, int episodes, double success, double success_se, double progress,
                          double progress_se, double tool_turn_accuracy, double tool_turn_accuracy_se,
                          double answer_turn_accuracy, double answer_turn_accuracy_se, double format_validity,
                          double format_validity_se) {
}
