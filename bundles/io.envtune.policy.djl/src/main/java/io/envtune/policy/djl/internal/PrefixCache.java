package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys and values of shared prompt prefixes (a system prompt with its tool documentation, the same in every round
 * of every episode of a domain), computed once and reused by every prompt that starts with them, until the weights
 * change. Prefill is quadratic in the prompt length and was most of a rollout's cost; with the prefix cached, a round
 * prefills only the conversation after it. Least-recently-used entries beyond the token budget are dropped.
 * Not thread-safe: the owning policy serialises calls.
 */
public final class PrefixCache implements AutoCloseable {

    private final CausalLm model;
    private final long maxTokens;
    private final NDManager manager;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long tokens;
    private long hits;
    private long misses;

    /**
     * @param model the model whose keys and values are cached
     * @param maxTokens the most prefix tokens kept over all entries
     */
    public PrefixCache(CausalLm model, long maxTokens) {
        this.model = model;
        this.maxTokens = maxTokens;
        this.manager = model.weights().manager().newSubManager();
    }

    /** One cached prefix: per layer keys and values, (1, kvHeads, P, D) each. */
    record Entry(NDArray[] keys, NDArray[] values, int length) {
    }

    /** A token sequence compared by content. */
    private record Key(long[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }

    /**
     * Returns the cached keys and values of a prefix, computing them on a miss. Call on the engine thread context
     * ({@link DjlRuntime#call}).
     *
     * @param prefix the prefix ids (at least one)
     * @return the entry; owned by the cache, valid until {@link #trim()} or {@link #clear()}
     */
    Entry get(long[] prefix) {
        Key key = new Key(prefix);
        Entry e = entries.get(key);
        if (e != null) {
            hits++;
            return e;
        }
        misses++;
        e = compute(prefix);
        entries.put(key, e);
        tokens += prefix.length;
        return e;
    }

    private Entry compute(long[] prefix) {
        long[][] pos = new long[1][prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            pos[0][i] = i;
        }
        int layers = model.config().layers();
        NDArray[] k = new NDArray[layers];
        NDArray[] v = new NDArray[layers];
        try (KvCache cache = new KvCache(layers); NDScope scope = new NDScope()) {
            model.hidden(manager, new long[][] {prefix}, pos, null, cache);
            for (int i = 0; i < layers; i++) {
                NDArray[] kv = cache.take(i);
                k[i] = kv[0];
                v[i] = kv[1];
            }
        }
        return new Entry(k, v, prefix.length);
    }

    /**
     * Drops least-recently-used entries until the token budget holds. Called between generations, never during one,
     * so the entries a batch is using stay valid while it runs.
     */
    void trim() {
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (tokens > maxTokens && it.hasNext()) {
            Entry oldest = it.next().getValue();
            tokens -= oldest.length();
            release(oldest);
            it.remove();
        }
    }

    /**
     * Puts each prompt's cached prefix (computed on a miss), padded to the widest and batched, into a generation's
     * cache.
     *
     * @param m the generation's manager (padding is made there)
     * @param cache the generation's empty cache
     * @param prompts the prompts
     * @param prefixLens each prompt's prefix length (0: none, padding only)
     * @param width the widest prefix
     */
    void seed(NDManager m, KvCache cache, List<long[]> prompts, int[] prefixLens, int width) {
        Entry[] entries = new Entry[prompts.size()];
        for (int c = 0; c < entries.length; c++) {
            entries[c] = prefixLens[c] == 0 ? null
                    : get(Arrays.copyOf(prompts.get(c), prefixLens[c]));
        }
        for (int layer = 0; layer < model.config().layers(); layer++) {
            ai.djl.ndarray.NDList keys = new ai.djl.ndarray.NDList();
            ai.djl.ndarray.NDList values = new ai.djl.ndarray.NDList();
            for (Entry e : entries) {
                keys.add(padded(m, e == null ? null : e.keys()[layer], width));
                values.add(padded(m, e == null ? null : e.values()[layer], width));
            }
            cache.seed(layer, batched(keys), batched(values));
        }
    }

    /** Rows stacked along the batch axis, always a new array: the cache closes it, the prefix cache keeps its own. */
    private static NDArray batched(ai.djl.ndarray.NDList rows) {
        return rows.size() == 1 ? rows.get(0).duplicate() : ai.djl.ndarray.NDArrays.concat(rows, 0);
    }

    /** A (1, kvHeads, P, D) array widened with zeros to {@code width} positions (zeros alone for no prefix). */
    private NDArray padded(NDManager m, NDArray kv, int width) {
        ModelConfig c = model.config();
        long have = kv == null ? 0 : kv.getShape().get(2);
        if (have == width) {
            return kv;
        }
        NDArray zeros = m.zeros(new ai.djl.ndarray.types.Shape(1, c.kvHeads(), width - have, c.headDim()),
                kv == null ? model.weights().get(WeightLayout.EMBED).getDataType() : kv.getDataType());
        return kv == null ? zeros : kv.concat(zeros, 2);
    }

    /** Drops every entry: the weights changed, so the cached keys and values are stale. */
    public void clear() {
        entries.values().forEach(PrefixCache::release);
        entries.clear();
        tokens = 0;
    }

    /** @return {hits, misses} since creation */
    public long[] counts() {
        return new long[] {hits, misses};
    }

    private static void release(Entry e) {
        for (int i = 0; i < e.keys().length; i++) {
            e.keys()[i].close();
            e.values()[i].close();
        }
    }

    @Override
    public void close() {
        clear();
        manager.close();
    }
}
