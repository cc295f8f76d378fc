package io.envtune.train;

import com.google.gson.annotations.SerializedName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param rewardComponents each reward component's mean over the step's trained (not faulted) episodes, by name
 *                         (a stage reward as named in its weights, its own parts as {@code reward.part}); written as
 *                         {@code reward_components}; empty in lines written before 3.2, never null
 */
public record StepLog(long step, String stage, double rewardMean, double rewardStd, double progress,
                      double formatValidity, double kl, double entropy, double clipFraction, double gradNorm,
                      long tokens, int zeroSignalGroups, double validationProgress, double seconds, boolean promoted,
                      double success, double toolTurnAccuracy, double answerTurnAccuracy, int faultedEpisodes,
                      double validationToolTurnAccuracy, StepTime time,
                      @SerializedName("reward_components") Map<String, Double> rewardComponents) {

    /** Keeps the components' order; an absent map (an older line) reads as empty. */
    public StepLog {
        rewardComponents = rewardComponents == null ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(rewardComponents));
    }

    /**
     * A line without reward components (the 3.1 form).
     *
     * @see #StepLog(long, String, double, double, double, double, double, double, double, double, long, int, double,
     *      double, boolean, double, double, double, int, double, StepTime, Map)
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public StepLog(long step, String stage, double rewardMean, double rewardStd, double progress,
                   double formatValidity, double kl, double entropy, double clipFraction, double gradNorm,
                   long tokens, int zeroSignalGroups, double validationProgress, double seconds, boolean promoted,
                   double success, double toolTurnAccuracy, double answerTurnAccuracy, int faultedEpisodes,
                   double validationToolTurnAccuracy, StepTime time) {
        this(step, stage, rewardMean, rewardStd, progress, formatValidity, kl, entropy, clipFraction, gradNorm,
            tokens, zeroSignalGroups, validationProgress, seconds, promoted, success, toolTurnAccuracy,
            answerTurnAccuracy, faultedEpisodes, validationToolTurnAccuracy, time, Map.of());
    }
}
