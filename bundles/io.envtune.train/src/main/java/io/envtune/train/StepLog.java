package io.envtune.train;

/**
 * One line of a run's {@code metrics.jsonl}.
 *
 * @param step the global step (1-based)
 * @param stage the stage name
 * @param rewardMean the mean training reward
 * @param rewardStd its standard deviation
 * @param progress the mean progress of the step's rollouts
 * @param formatValidity the share of the step's responses the strict parser accepts
 * @param kl the KL to the reference
 * @param entropy the mean token entropy
 * @param clipFraction the share of clipped tokens
 * @param gradNorm the gradient norm before clipping
 * @param tokens loss-carrying tokens
 * @param zeroSignalGroups groups whose rewards were all equal
 * @param validationProgress mean progress on the validation tasks, or NaN when not measured this step
 * @param seconds the wall time of the step
 * @param promoted whether the curriculum promoted after this step
 * @param success the share of the step's rollouts whose every turn passed
 * @param toolTurnAccuracy the step's rollouts' tool-turn accuracy
 * @param answerTurnAccuracy the step's rollouts' answer-turn accuracy
 * @param faultedEpisodes rollouts that ended by a fault (policy error, tool time limit), left out of their groups
 * @param validationToolTurnAccuracy tool-turn accuracy on the validation tasks, or NaN when not measured
 * @param time where the step's wall time went
 */
public record StepLog(long step, String stage, double rewardMean, double rewardStd, double progress,
                      double formatValidity, double kl, double entropy, double clipFraction, double gradNorm,
                      long tokens, int zeroSignalGroups, double validationProgress, double seconds, boolean promoted,
                      double success, double toolTurnAccuracy, double answerTurnAccuracy, int faultedEpisodes,
                      double validationToolTurnAccuracy, StepTime time) {
}
