package io.envtune.api;

import java.util.List;

/**
 * A reward value with the components it was computed from.
 *
 * @param value the scalar reward
 * @param components the named parts, for the ledger; never null
 */
public record Reward(double value, List<RewardComponent> components) {

    /** Copies the component list so the record stays immutable. */
    public Reward {
        components = List.copyOf(components);
    }
}
