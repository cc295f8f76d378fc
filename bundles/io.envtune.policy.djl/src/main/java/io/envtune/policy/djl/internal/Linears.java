package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;

/**
 * The matrix products of a {@link CausalLm}: how each projection is computed, separate from what the model does with
 * the results.
 */
interface Linears {

    /**
     * @param layer the layer
     * @param x normed hidden states (B, T, H)
     * @return {q, k, v}: (B, T, heads·D), (B, T, kvHeads·D), (B, T, kvHeads·D), biases applied
     */
    NDArray[] qkv(int layer, NDArray x);

    /**
     * @param layer the layer
     * @param x attention output (B, T, heads·D)
     * @return the output projection (B, T, H)
     */
    NDArray out(int layer, NDArray x);

    /**
     * @param layer the layer
     * @param x normed hidden states (B, T, H)
     * @return {gate, up}, each (B, T, I)
     */
    NDArray[] gateUp(int layer, NDArray x);

    /**
     * @param layer the layer
     * @param x the gated activation (B, T, I)
     * @return (B, T, H)
     */
    NDArray down(int layer, NDArray x);

    /**
     * @param x final hidden states (…, H)
     * @return logits (…, V)
     */
    NDArray head(NDArray x);
}
