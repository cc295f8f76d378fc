package io.envtune.policy.djl.internal;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture read from a Hugging Face {@code config.json} (Qwen2, Qwen3, Llama and Mistral-style decoders).
 *
 * @param modelType {@code model_type}, e.g. {@code qwen2}, {@code llama}
 * @param vocabSize the vocabulary size (rows of the embedding)
 * @param hiddenSize the model width
 * @param intermediateSize the MLP width
 * @param layers the number of decoder layers
 * @param heads the number of query heads
 * @param kvHeads the number of key/value heads (grouped-query attention when fewer than heads)
 * @param headDim the per-head width
 * @param rmsNormEps the RMSNorm epsilon
 * @param ropeTheta the rotary base
 * @param ropeScaling the rotary scaling, or null
 * @param tieWordEmbeddings whether the LM head reuses the embedding matrix
 * @param qkvBias whether q/k/v projections have biases (always for qwen2, else {@code attention_bias})
 * @param qkNorm whether queries and keys get a per-head RMSNorm (qwen3)
 * @param maxPositions {@code max_position_embeddings}
 * @param bosTokenId the BOS id, or -1
 * @param eosTokenIds the EOS ids (may be empty)
 */
public record ModelConfig(String modelType, int vocabSize, int hiddenSize, int intermediateSize, int layers, int heads,
                          int kvHeads, int headDim, double rmsNormEps, double ropeTheta, RopeScaling ropeScaling,
                          boolean tieWordEmbeddings, boolean qkvBias, boolean qkNorm, int maxPositions, int bosTokenId,
                          List<Integer> eosTokenIds) {

    /**
     * Whether the attention output projection has a bias: Llama and Qwen3 give {@code o_proj} the same
     * {@code attention_bias} as q/k/v, Qwen2 has q/k/v biases only.
     *
     * @return whether {@code self_attn.o_proj.bias} exists
     */
    public boolean outputBias() {
        return qkvBias && !"qwen2".equals(modelType);
    }

    private static final Gson GSON = new GsonBuilder()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).setPrettyPrinting().create();

    /** Checks the head arithmetic. */
    public ModelConfig {
        eosTokenIds = List.copyOf(eosTokenIds);
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException("num_attention_heads " + heads + " is not a multiple of "
                    + "num_key_value_heads " + kvHeads);
        }
        if (headDim % 2 != 0) {
            throw new IllegalArgumentException("head_dim must be even for rotary embeddings: " + headDim);
        }
    }

    /**
     * Rotary scaling as {@code rope_scaling} gives it.
     *
     * @param type {@code linear}, {@code llama3}, {@code dynamic} or {@code default}
     * @param factor the scaling factor
     * @param lowFreqFactor llama3's low-frequency factor
     * @param highFreqFactor llama3's high-frequency factor
     * @param originalMaxPositions llama3's original context length
     */
    public record RopeScaling(String type, double factor, double lowFreqFactor, double highFreqFactor,
                              int originalMaxPositions) {
    }

    /** The field names and types as Gson reads them (boxed, so absent fields are null). */
    private record Raw(String modelType, Integer vocabSize, Integer hiddenSize, Integer intermediateSize,
                       Integer numHiddenLayers, Integer numAttentionHeads, Integer numKeyValueHeads, Integer headDim,
                       Double rmsNormEps, Double ropeTheta, JsonElement ropeScaling, Boolean tieWordEmbeddings,
                       Boolean attentionBias, Integer maxPositionEmbeddings, Integer bosTokenId,
                       JsonElement eosTokenId, JsonElement ropeParameters, String hiddenAct, Boolean mlpBias) {
    }

    /**
     * Parses {@code config.json}.
     *
     * @param json the file's text
     * @return the configuration
     */
    public static ModelConfig parse(String json) {
        Raw raw = GSON.fromJson(json, Raw.class);
        if (raw == null) {
            throw new IllegalArgumentException("config.json is empty");
        }
        supported(raw);
        String type = raw.modelType() == null ? "llama" : raw.modelType();
        // transformers 5 moves rope_theta and rope_scaling into one rope_parameters object
        // ("rope_scaling": null is what Qwen2.5 ships)
        JsonObject params = object(raw.ropeParameters());
        JsonObject rope = object(raw.ropeScaling()) != null ? object(raw.ropeScaling()) : params;
        Double theta = raw.ropeTheta() != null ? raw.ropeTheta()
                : params != null && params.has("rope_theta") ? params.get("rope_theta").getAsDouble() : null;
        int hidden = require(raw.hiddenSize(), "hidden_size");
        int heads = require(raw.numAttentionHeads(), "num_attention_heads");
        int kv = raw.numKeyValueHeads() == null ? heads : raw.numKeyValueHeads();
        int headDim = raw.headDim() == null ? hidden / heads : raw.headDim();
        boolean bias = "qwen2".equals(type) || Boolean.TRUE.equals(raw.attentionBias());
        boolean tie = raw.tieWordEmbeddings() != null ? raw.tieWordEmbeddings() : false;
        return new ModelConfig(type, require(raw.vocabSize(), "vocab_size"), hidden,
                require(raw.intermediateSize(), "intermediate_size"),
                require(raw.numHiddenLayers(), "num_hidden_layers"),
                heads, kv, headDim, raw.rmsNormEps() == null ? 1e-6 : raw.rmsNormEps(),
                theta == null ? 10000.0 : theta, scaling(rope), tie, bias,
                type.startsWith("qwen3"), raw.maxPositionEmbeddings() == null ? 32768 : raw.maxPositionEmbeddings(),
                raw.bosTokenId() == null ? -1 : raw.bosTokenId(), ids(raw.eosTokenId()));
    }

    /** Rejects what this model does not implement, instead of computing something else silently. */
    private static void supported(Raw raw) {
        if (raw.hiddenAct() != null && !raw.hiddenAct().equals("silu") && !raw.hiddenAct().equals("swish")) {
            throw new IllegalArgumentException("hidden_act '" + raw.hiddenAct() + "' is not supported (silu is)");
        }
        if (Boolean.TRUE.equals(raw.mlpBias())) {
            throw new IllegalArgumentException("mlp_bias=true is not supported");
        }
    }

    private static JsonObject object(JsonElement e) {
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static int require(Integer value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("config.json lacks " + name);
        }
        return value;
    }

    private static List<Integer> ids(JsonElement e) {
        List<Integer> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> out.add(x.getAsInt()));
        } else {
            out.add(e.getAsInt());
        }
        return out;
    }

    private static RopeScaling scaling(JsonObject o) {
        if (o == null) {
            return null;
        }
        String type = o.has("rope_type") ? o.get("rope_type").getAsString()
                : o.has("type") ? o.get("type").getAsString() : "default";
        return new RopeScaling(type, num(o, "factor", 1.0), num(o, "low_freq_factor", 1.0),
                num(o, "high_freq_factor", 4.0), (int) num(o, "original_max_position_embeddings", 8192));
    }

    private static double num(JsonObject o, String key, double fallback) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsDouble() : fallback;
    }

    /**
     * Writes this configuration as a Hugging Face {@code config.json} (Qwen2 or Llama architecture names).
     *
     * @return the JSON text
     */
    public String toJson() {
        JsonObject o = new JsonObject();
        JsonArray arch = new JsonArray();
        arch.add(modelType.startsWith("qwen3") ? "Qwen3ForCausalLM"
                : modelType.startsWith("qwen2") ? "Qwen2ForCausalLM" : "LlamaForCausalLM");
        o.add("architectures", arch);
        o.addProperty("model_type", modelType);
        o.addProperty("vocab_size", vocabSize);
        o.addProperty("hidden_size", hiddenSize);
        o.addProperty("intermediate_size", intermediateSize);
        o.addProperty("num_hidden_layers", layers);
        o.addProperty("num_attention_heads", heads);
        o.addProperty("num_key_value_heads", kvHeads);
        o.addProperty("head_dim", headDim);
        o.addProperty("hidden_act", "silu");
        o.addProperty("rms_norm_eps", rmsNormEps);
        o.addProperty("rope_theta", ropeTheta);
        if (ropeScaling != null) {
            JsonObject r = new JsonObject();
            r.addProperty("rope_type", ropeScaling.type());
            r.addProperty("factor", ropeScaling.factor());
            r.addProperty("low_freq_factor", ropeScaling.lowFreqFactor());
            r.addProperty("high_freq_factor", ropeScaling.highFreqFactor());
            r.addProperty("original_max_position_embeddings", ropeScaling.originalMaxPositions());
            o.add("rope_scaling", r);
        }
        o.addProperty("tie_word_embeddings", tieWordEmbeddings);
        o.addProperty("attention_bias", qkvBias);
        o.addProperty("max_position_embeddings", maxPositions);
        if (bosTokenId >= 0) {
            o.addProperty("bos_token_id", bosTokenId);
        }
        if (eosTokenIds.size() == 1) {
            o.addProperty("eos_token_id", eosTokenIds.get(0));
        } else {
            JsonArray eos = new JsonArray();
            eosTokenIds.forEach(eos::add);
            o.add("eos_token_id", eos);
        }
        o.addProperty("torch_dtype", "float32");
        o.addProperty("use_cache", true);
        return GSON.toJson(o);
    }
}
