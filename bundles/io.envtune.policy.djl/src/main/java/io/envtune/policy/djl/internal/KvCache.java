package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Keys and values of every layer for the tokens seen so far. Each layer has one buffer per side, shape
 * (B, kvHeads, capacity, D), written in place at the next free positions, so a decoding step copies only its own
 * keys and values instead of the whole cache; readers get views of the filled part. The capacity is the
 * {@link #reserve(long) reserved} length, doubled when a write would not fit. The buffers are kept out of the
 * caller's {@link NDScope}; replaced ones are closed at once and the rest by {@link #close()}.
 */
public final class KvCache implements KeyValueStore, AutoCloseable {

    private final NDArray[] keys;
    private final NDArray[] values;
    private final long[] lengths;
    private long reserved;

    /**
     * @param layers the number of decoder layers
     */
    public KvCache(int layers) {
        keys = new NDArray[layers];
        values = new NDArray[layers];
        lengths = new long[layers];
    }

    /**
     * Sizes the buffers allocated from now on for this many positions (prompt plus budget), so decoding never
     * reallocates.
     *
     * @param positions the expected total length
     */
    public void reserve(long positions) {
        reserved = Math.max(reserved, positions);
    }

    /** @return the number of decoder layers */
    public int layers() {
        return keys.length;
    }

    @Override
    public long length() {
        return lengths[0];
    }

    @Override
    public NDArray attend(int layer, NDArray q, NDArray k, NDArray v, NDArray mask) {
        NDArray[] kv = append(layer, k, v);
        return Attention.dense(q, kv[0], kv[1], mask);
    }

    /**
     * Appends one step's keys and values for a layer and returns the filled part of the buffers.
     *
     * @param layer the layer
     * @param k new keys (B, kvHeads, T, D)
     * @param v new values (B, kvHeads, T, D)
     * @return {all keys, all values}, views of the buffers
     */
    NDArray[] append(int layer, NDArray k, NDArray v) {
        long from = lengths[layer];
        long to = from + k.getShape().get(2);
        if (keys[layer] == null || to > keys[layer].getShape().get(2)) {
            long capacity = Math.max(to, Math.max(reserved, 2 * (keys[layer] == null ? 0 : keys[layer].getShape()
                    .get(2))));
            replace(layer, grown(keys[layer], k, from, capacity), grown(values[layer], v, from, capacity));
        }
        NDIndex slot = new NDIndex(":, :, {}:{}", from, to);
        keys[layer].set(slot, k);
        values[layer].set(slot, v);
        lengths[layer] = to;
        NDIndex filled = new NDIndex(":, :, 0:{}", to);
        return new NDArray[] {keys[layer].get(filled), values[layer].get(filled)};
    }

    /** A buffer of the given capacity holding the first {@code used} positions of the old one (if any). */
    private static NDArray grown(NDArray old, NDArray like, long used, long capacity) {
        Shape s = like.getShape();
        NDArray buffer = like.getManager().zeros(new Shape(s.get(0), s.get(1), capacity, s.get(3)),
                like.getDataType());
        if (old != null && used > 0) {
            buffer.set(new NDIndex(":, :, 0:{}", used), old.get(new NDIndex(":, :, 0:{}", used)));
        }
        return buffer;
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
        lengths[layer] = k.getShape().get(2);
    }

    /**
     * Hands a layer's arrays to the caller, who then owns (and closes) them.
     *
     * @param layer the layer
     * @return {keys, values}
     */
    NDArray[] take(int layer) {
        NDArray[] out = {keys[layer], values[layer]};
        if (out[0].getShape().get(2) != lengths[layer]) {
            // A buffer with room to spare: hand over exactly the filled part, as arrays of their own.
            NDIndex filled = new NDIndex(":, :, 0:{}", lengths[layer]);
            out = new NDArray[] {keys[layer].get(filled).duplicate(), values[layer].get(filled).duplicate()};
            NDScope.unregister(out[0], out[1]);
            keys[layer].close();
            values[layer].close();
        }
        keys[layer] = null;
        values[layer] = null;
        lengths[layer] = 0;
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
            lengths[i] = 0;
        }
    }
}
