package io.envtune.runtime;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.TrainingSegment;
import java.util.List;

/**
 * A finished episode: its record and, when asked for, the model-generated segments a trainer needs.
 *
 * @param record the episode record
 * @param segments each policy response with the conversation it continued (empty unless kept)
 */
public record Rollout(EpisodeRecord record, List<TrainingSegment> segments) {

    /** Copies the segment list so the record stays immutable. */
    public Rollout {
        segments = List.copyOf(segments);
    }
}
