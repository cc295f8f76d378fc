package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
