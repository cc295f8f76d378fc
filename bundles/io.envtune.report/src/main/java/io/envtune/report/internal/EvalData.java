package io.envtune.report.internal;

/**
 * An evaluation aggregate as {@code state.json} stores it (the training loop's {@code Evaluation}).
 *
 * @param episodes the number of episodes
 * @param progress the mean progress
 * @param success the share of fully passed episodes
 * @param toolTurnAccuracy the share of passed turns among turns with ground-truth calls
 * @param formatValidity the share of responses the strict parser accepts
 */
public record EvalData(int episodes, FigureData progress, FigureData success, FigureData toolTurnAccuracy,
                       FigureData formatValidity) {

    /** Missing figures read as {@link FigureData#NONE}. */
    public EvalData {
        progress = FigureData.of(progress);
        success = FigureData.of(success);
        toolTurnAccuracy = FigureData.of(toolTurnAccuracy);
        formatValidity = FigureData.of(formatValidity);
    }
}
