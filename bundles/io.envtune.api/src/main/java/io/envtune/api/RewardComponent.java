package io.envtune.api;

/**
 * One named part of a reward, logged in the per-turn ledger.
 *
 * @param name the component name, e.g. {@code r_format}
 * @param value its value
 */
public record RewardComponent(String name, double value) {
}
