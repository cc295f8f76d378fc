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
 * @param endReason why the episode ended before its last turn, naming the limit or the fault; null when it ran to
 *                  its end. Turns after the step that ended it have no score. A non-null reason means the episode
 *                  says nothing about the model and belongs in no training group. The forms: {@code
 *                  environment_error: <Class>.<tool> threw <java exception>: <message>} (a bug in environment code;
 *                  other environment code that threw is named as {@code environment_error: <what> threw …}),
 *                  {@code … did not finish within N ms (limit: tool call time)}, {@code policy_error: …} and
 *                  {@code the episode could not start: …}.
 * @param augmenterFailures how many times a feedback augmenter threw during the episode (its hint was left out and
 *                          the standard text shown); 0 in records written before 1.3
 * @since 1.3
 */
public record EpisodeRecord(String episodeId, String taskId, String stage, FeedbackMode feedbackMode,
                            Map<String, String> environmentVersions, List<Step> steps, List<TurnScore> turnScores,
                            int turnCount, String endReason, int augmenterFailures) {

    /**
     * A record without augmenter failures (the 1.1 form).
     *
     * @param episodeId a unique id
     * @param taskId the task played
     * @param stage the curriculum stage name (or {@code eval})
     * @param feedbackMode standard or augmented
     * @param environmentVersions environment id to the version that served the episode
     * @param steps every step in order
     * @param turnScores one score per user turn reached
     * @param turnCount the number of user turns of the task
     * @param endReason why the episode ended early, or null
     * @since 1.1
     */
    public EpisodeRecord(String episodeId, String taskId, String stage, FeedbackMode feedbackMode,
                         Map<String, String> environmentVersions, List<Step> steps, List<TurnScore> turnScores,
                         int turnCount, String endReason) {
        this(episodeId, taskId, stage, feedbackMode, environmentVersions, steps, turnScores, turnCount, endReason, 0);
    }

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
        this(episodeId, taskId, stage, feedbackMode, environmentVersions, steps, turnScores, turnCount, null, 0);
    }

    /** Copies the collections so the record stays immutable. */
    public EpisodeRecord {
        environmentVersions = Collections.unmodifiableMap(new LinkedHashMap<>(environmentVersions));
        steps = List.copyOf(steps);
        turnScores = List.copyOf(turnScores);
    }

    /**
     * @return whether the episode ended early by a fault or limit ({@link #endReason()} is set): such an episode is
     *         counted but left out of training groups
     * @since 1.3
     */
    public boolean endedEarly() {
        return endReason != null;
    }
}
