package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;

/**
 * A decoder-only transformer with Hugging Face Qwen2/Qwen3/Llama semantics: pre-RMSNorm layers, rotary embeddings,
 * grouped-query attention (optional q/k/v biases, optional per-head q/k RMSNorm) and a SwiGLU MLP; the LM head is
 * the embedding matrix when tied. A pure function of its {@link Weights}: callers own scopes and gradients.
 */
public final class CausalLm {

    /** Additive mask value for hidden keys: large enough that exp underflows to exactly 0, finite so no NaN. */
    static final float MASKED = -1e9f;

    private final ModelConfig config;
    private final Weights weights;
    private final Rope rope;
    private final Linears linears;
    private final ScriptedDecoder scripted;

    /**
     * @param config the architecture
     * @param weights the parameters
     */
    public CausalLm(ModelConfig config, Weights weights) {
        this(config, weights, new DenseLinears(config, weights), null);
    }

    private CausalLm(ModelConfig config, Weights weights, Linears linears, ScriptedDecoder scripted) {
        this.config = config;
        this.weights = weights;
        this.rope = new Rope(config);
        this.linears = linears;
        this.scripted = scripted;
    }

    /**
     * @param other how the projections are computed (for the same weights)
     * @param step the scripted decoding step for shared-prompt caches, or null
     * @return this model with other projections
     */
    CausalLm withLinears(Linears other, ScriptedDecoder step) {
        return new CausalLm(config, weights, other, step);
    }

    /** @return the architecture */
    public ModelConfig config() {
        return config;
    }

    /** @return the parameters */
    public Weights weights() {
        return weights;
    }

    /**
     * Runs the model to logits.
     *
     * @param manager where the inputs are created (results follow the inputs)
     * @param ids token ids, (B, T)
     * @param positions absolute positions, (B, T)
     * @param keyValid which of the S = cached + T key positions may be attended to, per row; null means all
     * @param cache the KV cache to read and extend, or null for a stateless pass
     * @return logits, (B, T, V)
     */
    public NDArray forward(NDManager manager, long[][] ids, long[][] positions, boolean[][] keyValid,
                          KeyValueStore cache) {
        if (scripted != null && cache instanceof SharedPromptCache shared && ids[0].length == 1 && keyValid == null) {
            return scripted.step(manager, ids, positions, shared);
        }
        return logits(hidden(manager, ids, positions, keyValid, cache));
    }

    /**
     * Runs the decoder stack and the final norm.
     *
     * @param manager where the inputs are created (results follow the inputs)
     * @param ids token ids, (B, T)
     * @param positions absolute positions, (B, T)
     * @param keyValid which of the S = cached + T key positions may be attended to, per row; null means all
     * @param cache the KV cache to read and extend, or null for a stateless pass
     * @return final hidden states, (B, T, H)
     */
    public NDArray hidden(NDManager manager, long[][] ids, long[][] positions, boolean[][] keyValid,
                          KeyValueStore cache) {
        int b = ids.length;
        int t = ids[0].length;
        long past = cache == null ? 0 : cache.length();
        NDArray input = manager.create(flatten(ids), new Shape(b, t));
        NDArray mask = t == 1 && keyValid == null ? null : mask(manager, b, t, past + t, keyValid);
        NDArray[] cosSin = rope.tables(manager, positions);
        NDArray h = Embedding.embedding(input, weights.get(WeightLayout.EMBED), SparseFormat.DENSE).singletonOrThrow();
        for (int i = 0; i < config.layers(); i++) {
            h = h.add(attention(i, rmsNorm(h, weights.get(WeightLayout.layer(i, "input_layernorm.weight"))), mask,
                    cosSin, cache));
            h = h.add(mlp(i, rmsNorm(h, weights.get(WeightLayout.layer(i, "post_attention_layernorm.weight")))));
        }
        return rmsNorm(h, weights.get(WeightLayout.NORM));
    }

    /**
     * The LM head (the embedding matrix when tied).
     *
     * @param hidden hidden states, (…, H)
     * @return logits, (…, V)
     */
    public NDArray logits(NDArray hidden) {
        return linears.head(hidden);
    }

    private NDArray rmsNorm(NDArray x, NDArray weight) {
        NDArray variance = x.square().mean(new int[] {-1}, true);
        return x.div(variance.add((float) config.rmsNormEps()).sqrt()).mul(weight);
    }

    private NDArray attention(int layer, NDArray x, NDArray mask, NDArray[] cosSin, KeyValueStore cache) {
        Shape s = x.getShape();
        long b = s.get(0);
        long t = s.get(1);
        int d = config.headDim();
        int heads = config.heads();
        int kvHeads = config.kvHeads();
        NDArray[] qkv = linears.qkv(layer, x);
        NDArray q = qkv[0].reshape(b, t, heads, d);
        NDArray k = qkv[1].reshape(b, t, kvHeads, d);
        NDArray v = qkv[2].reshape(b, t, kvHeads, d).transpose(0, 2, 1, 3);
        if (config.qkNorm()) {
            q = rmsNorm(q, weights.get(WeightLayout.layer(layer, "self_attn.q_norm.weight")));
            k = rmsNorm(k, weights.get(WeightLayout.layer(layer, "self_attn.k_norm.weight")));
        }
        q = Rope.apply(q.transpose(0, 2, 1, 3), cosSin[0], cosSin[1]);
        k = Rope.apply(k.transpose(0, 2, 1, 3), cosSin[0], cosSin[1]);
        NDArray out = cache == null ? Attention.dense(q, k, v, mask) : cache.attend(layer, q, k, v, mask);
        return linears.out(layer, out);
    }

    private NDArray mlp(int layer, NDArray x) {
        NDArray[] gateUp = linears.gateUp(layer, x);
        NDArray gate = gateUp[0];
        NDArray act = gate.mul(Activation.sigmoid(gate));
        return linears.down(layer, act.mul(gateUp[1]));
    }

    /** Causal mask over S keys for the last T queries, plus per-row key validity (left padding). */
    private static NDArray mask(NDManager manager, int b, int t, long keys, boolean[][] keyValid) {
        if (keyValid == null) {
            // made by the engine: a (T, S) float array built in Java was 19 MB per pass of a 2,000-token sequence
            int s = Math.toIntExact(keys);
            NDArray key = manager.arange(0, s, 1, DataType.INT64).reshape(1, s);
            NDArray last = manager.arange(s - t, s, 1, DataType.INT64).reshape(t, 1);
            return key.gt(last).toType(DataType.FLOAT32, false).muli(MASKED).reshape(1, 1, t, keys);
        }
        int s = Math.toIntExact(keys);
        int rows = keyValid == null ? 1 : b;
        float[] m = new float[rows * t * s];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < t; i++) {
                int lastVisible = s - t + i;
                for (int j = 0; j < s; j++) {
                    boolean ok = j <= lastVisible && (keyValid == null || keyValid[r][j]);
                    m[(r * t + i) * s + j] = ok ? 0f : MASKED;
                }
            }
        }
        return manager.create(m, new Shape(rows, 1, t, s));
    }

    private static long[] flatten(long[][] rows) {
        int t = rows[0].length;
        long[] out = new long[rows.length * t];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * t, t);
        }
        return out;
    }
}
