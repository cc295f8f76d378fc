package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;

/** Where a {@link CausalLm} keeps the keys and values of earlier positions, and how it attends over them. */
interface KeyValueStore {

    /** @return the number of positions already stored (0 when empty) */
    long length();

    /**
     * Stores one pass's keys and values for a layer and attends over everything stored.
     *
     * @param layer the layer
     * @param q rotated queries (B, heads, T, D)
     * @param k rotated keys (B, kvHeads, T, D)
     * @param v values (B, kvHeads, T, D)
     * @param mask the additive mask over the {@link #length()} + T keys (rows or 1, 1, T, S), or null
     * @return the attention output (B, T, heads·D), before the output projection
     */
    NDArray attend(int layer, NDArray q, NDArray k, NDArray v, NDArray mask);
}
