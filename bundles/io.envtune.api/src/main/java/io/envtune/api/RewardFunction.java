package io.envtune.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Scores a finished episode. Registered as an OSGi service with a {@code envtune.reward.name} property equal to
 * {@link #name()}; selected by name from a stage's configuration. Must be thread-safe and deterministic.
 */
@ConsumerType
public interface RewardFunction {

    /** @return the reward's name: {@code format}, {@code progress}, {@code success}, {@code composite}, … */
    String name();

    /**
     * @param record the finished episode
     * @return the reward and its components
     */
    Reward score(EpisodeRecord record);
}
