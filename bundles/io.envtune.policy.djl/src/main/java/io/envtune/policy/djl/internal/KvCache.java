package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

/**
 * Keys and values of every layer for the tokens seen so far, shape (B, kvHeads, S, D) each. The arrays are kept out
 * of the caller's {@link NDScope}; replaced arrays are closed at once and the rest by {@link #close()}.
 */
public final class KvCache implements AutoCloseable {

    private final NDArray[] keys;
    private final NDArray[] values;

    /**
     * @param layers the number of decoder layers
     */
    public KvCache(int layers) {
        keys = new NDArray[layers];
        values = new NDArray[layers];
    }

    /** @return the number of cached positions (0 when empty) */
    public long length() {
        return keys[0] == null ? 0 : keys[0].getShape().get(2);
    }

    /**
     * Appends one step's keys and values for a layer and returns the full arrays.
     *
     * @param layer the layer
     * @param k new keys (B, kvHeads, T, D)
     * @param v new values (B, kvHeads, T, D)
     * @return {all keys, all values}
     */
    NDArray[] append(int layer, NDArray k, NDArray v) {
        NDArray fullK = keys[layer] == null ? k : keys[layer].concat(k, 2);
        NDArray fullV = values[layer] == null ? v : values[layer].concat(v, 2);
        replace(layer, fullK, fullV);
        return new NDArray[] {fullK, fullV};
    }

    /**
     * Puts given keys and values in place of a layer's (a cached prefix, padded and batched).
     *
     * @param layer the layer
     * @param k keys (B, kvHeads, S, D)
     * @param v values (B, kvHeads, S, D)
     */
    void seed(int layer, NDArray k, NDArray v) {
        replace(layer, k, v);
    }

    /**
     * Hands a layer's arrays to the caller, who then owns (and closes) them.
     *
     * @param layer the layer
     * @return {keys, values}
     */
    NDArray[] take(int layer) {
        NDArray[] out = {keys[layer], values[layer]};
        keys[layer] = null;
        values[layer] = null;
        return out;
    }

    private void replace(int layer, NDArray k, NDArray v) {
        NDScope.unregister(k, v);
        if (keys[layer] != null && keys[layer] != k) {
            keys[layer].close();
            values[layer].close();
        }
        keys[layer] = k;
        values[layer] = v;
    }

    /**
     * Repeats every row {@code n} times along the batch axis (one prompt prefilled, n samples decoded).
     *
     * @param n the copies per row
     */
    public void expand(int n) {
        for (int i = 0; i < keys.length; i++) {
            replace(i, keys[i].repeat(0, n), values[i].repeat(0, n));
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                keys[i].close();
                values[i].close();
                keys[i] = null;
                values[i] = null;
            }
        }
    }
}
