package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Keys and values for decoding n samples of each of P prompts: each prompt's keys and values are stored once, shared
 * by its n samples, and only the generated positions are stored per sample. Why: a decoding step reads every key and
 * value it attends to, and with the prompt repeated per sample (512 prompt positions, 16 samples) those reads were
 * as large as a quarter of a ~100M model's weights, every step; shared, they are a sixteenth of that.
 *
 * <p>Attention splits the keys into the shared prompt part and the per-sample part: the queries of a prompt's n
 * samples multiply its prompt keys together (one product per prompt and KV head), each sample's queries multiply
 * its own generated keys, and one softmax runs over both parts, so the result is the same attention as over a
 * repeated cache up to float summation order. Rows are prompt-major: row r is sample r % n of prompt r / n.
 */
final class SharedPromptCache implements KeyValueStore, AutoCloseable {

    private final NDArray[] promptKeys;
    private final NDArray[] promptValues;
    private final NDArray[] keys;
    private final NDArray[] values;
    private final NDArray promptMask;
    private final int n;
    private final long capacity;
    private final long promptLength;
    private long generated;

    /**
     * Takes over a prefilled cache's keys and values as the shared prompt part.
     *
     * @param prefilled the cache after the prompts' prefill (P rows); emptied
     * @param n samples per prompt
     * @param capacity the most positions generated per sample
     * @param promptValid which prompt positions are real tokens, per prompt (P × prompt length), or null for all
     * @param manager where the mask lives
     */
    SharedPromptCache(KvCache prefilled, int n, long capacity, boolean[][] promptValid, NDManager manager) {
        int layers = prefilled.layers();
        this.promptLength = prefilled.length();
        this.promptKeys = new NDArray[layers];
        this.promptValues = new NDArray[layers];
        this.keys = new NDArray[layers];
        this.values = new NDArray[layers];
        this.n = n;
        this.capacity = capacity;
        for (int i = 0; i < layers; i++) {
            NDArray[] kv = prefilled.take(i);
            promptKeys[i] = kv[0];
            promptValues[i] = kv[1];
            Shape s = kv[0].getShape();
            Shape own = new Shape(s.get(0), s.get(1), n, capacity, s.get(3));
            keys[i] = kv[0].getManager().zeros(own, kv[0].getDataType());
            values[i] = kv[1].getManager().zeros(own, kv[1].getDataType());
            NDScope.unregister(keys[i], values[i]);
        }
        this.promptMask = promptValid == null ? null : mask(manager, promptValid);
    }

    /** @return the samples per prompt */
    int samples() {
        return n;
    }

    /** @return the positions generated so far (the next one is written at this index) */
    long generated() {
        return generated;
    }

    /** Counts a step whose keys and values a caller wrote into {@link #ownKeys()} and {@link #ownValues()}. */
    void advance() {
        if (generated >= capacity) {
            throw new IllegalStateException("shared-prompt cache is full (" + capacity + " generated positions)");
        }
        generated++;
    }

    /** @return per layer, each prompt's keys (P, kvHeads, prompt length, D) */
    NDArray[] promptKeys() {
        return promptKeys;
    }

    /** @return per layer, each prompt's values (P, kvHeads, prompt length, D) */
    NDArray[] promptValues() {
        return promptValues;
    }

    /** @return per layer, the generated keys (P, kvHeads, n, capacity, D), filled up to {@link #generated()} */
    NDArray[] ownKeys() {
        return keys;
    }

    /** @return per layer, the generated values (P, kvHeads, n, capacity, D) */
    NDArray[] ownValues() {
        return values;
    }

    /** @return the additive prompt padding mask (P, 1, 1, prompt length), or null when nothing is padded */
    NDArray promptMask() {
        return promptMask;
    }

    /** Additive mask (P, 1, 1, prompt length): 0 for real tokens, {@link CausalLm#MASKED} for padding. */
    private static NDArray mask(NDManager manager, boolean[][] valid) {
        int len = valid[0].length;
        float[] m = new float[valid.length * len];
        for (int p = 0; p < valid.length; p++) {
            for (int j = 0; j < len; j++) {
                m[p * len + j] = valid[p][j] ? 0f : CausalLm.MASKED;
            }
        }
        NDArray out = manager.create(m, new Shape(valid.length, 1, 1, len));
        NDScope.unregister(out);
        return out;
    }

    @Override
    public long length() {
        return promptLength + generated;
    }

    /**
     * One decoding step (T = 1) of one layer.
     *
     * @param mask ignored: the prompt's padding is this cache's own mask, and every generated position is visible
     */
    @Override
    public NDArray attend(int layer, NDArray q, NDArray k, NDArray v, NDArray mask) {
        Shape qs = q.getShape();
        long rows = qs.get(0);
        long heads = qs.get(1);
        long d = qs.get(3);
        long kvHeads = k.getShape().get(1);
        long group = heads / kvHeads;
        long prompts = rows / n;
        if (qs.get(2) != 1 || prompts * n != rows || prompts != promptKeys[layer].getShape().get(0)) {
            throw new IllegalArgumentException("a shared-prompt step takes one position for " + n
                    + " samples of each of " + promptKeys[layer].getShape().get(0) + " prompts, not " + qs);
        }
        long at = store(layer, k, v, prompts, kvHeads, d);
        NDIndex filled = new NDIndex(":, :, :, 0:{}", at + 1);
        NDArray ownKeys = keys[layer].get(filled);
        NDArray ownValues = values[layer].get(filled);
        // (P·n, H, 1, D) → (P, kvHeads, n, group, D): the samples of a prompt next to each other per KV head
        NDArray qg = q.mul((float) (1.0 / Math.sqrt(d))).reshape(prompts, n, kvHeads, group, d)
                .transpose(0, 2, 1, 3, 4);
        NDArray shared = qg.reshape(prompts, kvHeads, n * group, d)
                .matMul(promptKeys[layer].transpose(0, 1, 3, 2));
        if (promptMask != null) {
            shared.addi(promptMask);
        }
        NDArray own = qg.matMul(ownKeys.transpose(0, 1, 2, 4, 3));
        NDArray probs = shared.reshape(prompts, kvHeads, n, group, promptLength).concat(own, 4).softmax(-1);
        NDArray fromPrompt = probs.get(new NDIndex(":, :, :, :, 0:{}", promptLength))
                .reshape(prompts, kvHeads, n * group, promptLength).matMul(promptValues[layer])
                .reshape(prompts, kvHeads, n, group, d);
        NDArray fromOwn = probs.get(new NDIndex(":, :, :, :, {}:", promptLength)).matMul(ownValues);
        NDArray out = fromPrompt.add(fromOwn).transpose(0, 2, 1, 3, 4).reshape(rows, 1, heads * d);
        if (layer == keys.length - 1) {
            generated++;
        }
        return out;
    }

    /** Writes this step's keys and values at the next generated position; returns that position. */
    private long store(int layer, NDArray k, NDArray v, long prompts, long kvHeads, long d) {
        if (generated >= capacity) {
            throw new IllegalStateException("shared-prompt cache is full (" + capacity + " generated positions)");
        }
        NDIndex slot = new NDIndex(":, :, :, {}:{}", generated, generated + 1);
        keys[layer].set(slot, k.reshape(prompts, n, kvHeads, 1, d).transpose(0, 2, 1, 3, 4));
        values[layer].set(slot, v.reshape(prompts, n, kvHeads, 1, d).transpose(0, 2, 1, 3, 4));
        return generated;
    }

    @Override
    public void close() {
        for (int i = 0; i < keys.length; i++) {
            closeAll(promptKeys[i], promptValues[i], keys[i], values[i]);
            promptKeys[i] = null;
            promptValues[i] = null;
            keys[i] = null;
            values[i] = null;
        }
        closeAll(promptMask);
    }

    private static void closeAll(NDArray... arrays) {
        for (NDArray a : arrays) {
            if (a != null) {
                a.close();
            }
        }
    }
}
