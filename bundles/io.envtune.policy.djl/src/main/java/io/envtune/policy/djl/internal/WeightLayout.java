package io.envtune.policy.djl.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hugging Face tensor names and shapes a configuration implies, in the order the model uses them. Loading checks
 * a checkpoint against it; the built-in model and the optimiser state are laid out by it.
 */
public final class WeightLayout {

    /** The embedding matrix, also the LM head when embeddings are tied. */
    public static final String EMBED = "model.embed_tokens.weight";
    /** The final RMSNorm. */
    public static final String NORM = "model.norm.weight";
    /** The untied LM head. */
    public static final String LM_HEAD = "lm_head.weight";

    private WeightLayout() {
    }

    /**
     * @param layer a layer index
     * @param suffix e.g. {@code self_attn.q_proj.weight}
     * @return the full tensor name
     */
    public static String layer(int layer, String suffix) {
        return "model.layers." + layer + "." + suffix;
    }

    /**
     * @param c a configuration
     * @return every expected tensor name with its shape
     */
    public static Map<String, long[]> expected(ModelConfig c) {
        Map<String, long[]> out = new LinkedHashMap<>();
        long h = c.hiddenSize();
        long q = (long) c.heads() * c.headDim();
        long kv = (long) c.kvHeads() * c.headDim();
        out.put(EMBED, new long[] {c.vocabSize(), h});
        for (int i = 0; i < c.layers(); i++) {
            out.put(layer(i, "input_layernorm.weight"), new long[] {h});
            out.put(layer(i, "self_attn.q_proj.weight"), new long[] {q, h});
            out.put(layer(i, "self_attn.k_proj.weight"), new long[] {kv, h});
            out.put(layer(i, "self_attn.v_proj.weight"), new long[] {kv, h});
            if (c.qkvBias()) {
                out.put(layer(i, "self_attn.q_proj.bias"), new long[] {q});
                out.put(layer(i, "self_attn.k_proj.bias"), new long[] {kv});
                out.put(layer(i, "self_attn.v_proj.bias"), new long[] {kv});
            }
            if (c.qkNorm()) {
                out.put(layer(i, "self_attn.q_norm.weight"), new long[] {c.headDim()});
                out.put(layer(i, "self_attn.k_norm.weight"), new long[] {c.headDim()});
            }
            out.put(layer(i, "self_attn.o_proj.weight"), new long[] {h, q});
            if (c.outputBias()) {
                out.put(layer(i, "self_attn.o_proj.bias"), new long[] {h});
            }
            out.put(layer(i, "post_attention_layernorm.weight"), new long[] {h});
            out.put(layer(i, "mlp.gate_proj.weight"), new long[] {c.intermediateSize(), h});
            out.put(layer(i, "mlp.up_proj.weight"), new long[] {c.intermediateSize(), h});
            out.put(layer(i, "mlp.down_proj.weight"), new long[] {h, c.intermediateSize()});
        }
        out.put(NORM, new long[] {h});
        if (!c.tieWordEmbeddings()) {
            out.put(LM_HEAD, new long[] {c.vocabSize(), h});
        }
        return out;
    }

    /**
     * @param name a tensor name
     * @return whether it is an RMSNorm scale (initialised to one, excluded from weight decay)
     */
    public static boolean isNorm(String name) {
        return name.endsWith("norm.weight");
    }

    /**
     * @param name a tensor name
     * @return whether it is a bias or norm (no weight decay, as is customary)
     */
    public static boolean noDecay(String name) {
        return isNorm(name) || name.endsWith(".bias");
    }
}
