package io.envtune.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that happened in one episode. Written as one JSON line; replayable offline to identical scores.
 *
 * @param episodeId a unique id
 * @param taskId the task played
 * @param stage the curriculum stage name (or {@code eval})
 * @param feedbackMode standard or augmented
 * @param environmentVersions environment id to the version that served the episode
 * @param steps every step in order
 * @param turnScores one score per user turn reached
 * @param turnCount the number of user turns of the task
 * @param endReason why the episode ended before its last turn (a tool call over its time limit, a failing
 *                  environment), naming the limit or the fault; null when it ran to its end. Turns after the step
 *                  that ended it have no score.
 * @since 1.1
 */
public record EpisodeRecord(String episodeId, String taskId, String stage, FeedbackMode feedbackMode,
                            Map<String, String> environmentVersions, List<Step> steps, List<TurnScore> turnScores,
                            int turnCount, String endReason) {

    /**
     * A record of an episode that ran to its end (the 1.0 form).
     *
     * @param episodeId a unique id
     * @param taskId the task played
     * @param stage the curriculum stage name (or {@code eval})
     * @param feedbackMode standard or augmented
     * @param environmentVersions environment id to the version that served the episode
     * @param steps every step in order
     * @param turnScores one score per user turn reached
     * @param turnCount the number of user turns of the task
     */
    public EpisodeRecord(String episodeId, String taskId, String stage, FeedbackMode feedbackMode,
                         Map<String, String> environmentVersions, List<Step> steps, List<TurnScore> turnScores,
                         int turnCount) {
        this(episodeId, taskId, stage, feedbackMode, environmentVersions, steps, turnScores, turnCount, null);
    }

    /** Copies the collections so the record stays immutable. */
    public EpisodeRecord {
        environmentVersions = Collections.unmodifiableMap(new LinkedHashMap<>(environmentVersions));
        steps = List.copyOf(steps);
        turnScores = List.copyOf(turnScores);
    }
}
