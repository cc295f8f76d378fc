package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;

/** Every projection as the engine's plain (differentiable) linear on the model's own weight arrays. */
final class DenseLinears implements Linears {

    private final ModelConfig config;
    private final Weights weights;

    /**
     * @param config the architecture (which biases exist)
     * @param weights the parameters
     */
    DenseLinears(ModelConfig config, Weights weights) {
        this.config = config;
        this.weights = weights;
    }

    @Override
    public NDArray[] qkv(int layer, NDArray x) {
        return new NDArray[] {proj(layer, "self_attn.q_proj", config.qkvBias(), x),
            proj(layer, "self_attn.k_proj", config.qkvBias(), x), proj(layer, "self_attn.v_proj", config.qkvBias(), x)};
    }

    @Override
    public NDArray out(int layer, NDArray x) {
        return proj(layer, "self_attn.o_proj", config.outputBias(), x);
    }

    @Override
    public NDArray[] gateUp(int layer, NDArray x) {
        return new NDArray[] {proj(layer, "mlp.gate_proj", false, x), proj(layer, "mlp.up_proj", false, x)};
    }

    @Override
    public NDArray down(int layer, NDArray x) {
        return proj(layer, "mlp.down_proj", false, x);
    }

    @Override
    public NDArray head(NDArray x) {
        return Linear.linear(x, weights.get(config.tieWordEmbeddings() ? WeightLayout.EMBED : WeightLayout.LM_HEAD))
                .singletonOrThrow();
    }

    private NDArray proj(int layer, String name, boolean biased, NDArray x) {
        String base = WeightLayout.layer(layer, name);
        return Linear.linear(x, weights.get(base + ".weight"), biased ? weights.get(base + ".bias") : null)
                .singletonOrThrow();
    }
}
