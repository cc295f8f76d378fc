package io.envtune.api;

import java.util.List;

/**
 * One rollout of a group with its reward, as the trainer consumes it.
 *
 * @param record the episode
 * @param reward the scalar training reward
 * @param segments the model-generated token spans with their conversation contexts, in order
 */
public record ScoredRollout(EpisodeRecord record, double reward, List<TrainingSegment> segments) {

    /** Copies the segment list so the record stays immutable. */
    public ScoredRollout {
        segments = List.copyOf(segments);
    }
}
