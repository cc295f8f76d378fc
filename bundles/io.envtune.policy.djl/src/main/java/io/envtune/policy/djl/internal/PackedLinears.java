package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

/**
 * The projections of a decoding step on weights packed once by {@link PackedMatmul}: q/k/v as one product and
 * gate/up as one (fewer, wider products), then split. A snapshot of the weights when built: rebuild after they change.
 * Not differentiable, so for sampling only. Steps with fewer than {@link #MIN_ROWS} or more than {@link #MAX_ROWS}
 * rows use the plain products, where those are as fast (a single row is a bandwidth-bound matrix-vector product; a
 * prefill is large enough for the engine's own GEMM), and so prompts are prefilled exactly as by the plain model.
 */
final class PackedLinears implements Linears, AutoCloseable {

    /** Fewest rows (batch × new tokens) worth the packed path. */
    static final long MIN_ROWS = 2;
    /** Most rows for the packed path. */
    static final long MAX_ROWS = 256;

    private final ModelConfig config;
    private final Weights weights;
    private final DenseLinears dense;
    private final PackedMatmul kernels;
    private final NDManager manager;
    private final NDArray[] qkv;
    private final NDArray[] qkvBias;
    private final NDArray[] out;
    private final NDArray[] gateUp;
    private final NDArray[] down;
    private final NDArray head;

    /**
     * Packs every projection of the current weights.
     *
     * @param config the architecture
     * @param weights the parameters (read now; later changes are not seen)
     * @param kernels the packed-product kernels
     */
    PackedLinears(ModelConfig config, Weights weights, PackedMatmul kernels) {
        this.config = config;
        this.weights = weights;
        this.dense = new DenseLinears(config, weights);
        this.kernels = kernels;
        this.manager = weights.manager().newSubManager();
        int layers = config.layers();
        qkv = new NDArray[layers];
        qkvBias = new NDArray[layers];
        out = new NDArray[layers];
        gateUp = new NDArray[layers];
        down = new NDArray[layers];
        try {
            for (int i = 0; i < layers; i++) {
                qkv[i] = packJoined(param(i, "self_attn.q_proj.weight"), param(i, "self_attn.k_proj.weight"),
                        param(i, "self_attn.v_proj.weight"));
                if (config.qkvBias()) {
                    qkvBias[i] = keep(param(i, "self_attn.q_proj.bias").concat(param(i, "self_attn.k_proj.bias"))
                            .concat(param(i, "self_attn.v_proj.bias")));
                }
                out[i] = keep(kernels.pack(param(i, "self_attn.o_proj.weight"), manager));
                gateUp[i] = packJoined(param(i, "mlp.gate_proj.weight"), param(i, "mlp.up_proj.weight"));
                down[i] = keep(kernels.pack(param(i, "mlp.down_proj.weight"), manager));
            }
            head = keep(kernels.pack(weights.get(config.tieWordEmbeddings() ? WeightLayout.EMBED
                    : WeightLayout.LM_HEAD), manager));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private NDArray param(int layer, String name) {
        return weights.get(WeightLayout.layer(layer, name));
    }

    private NDArray packJoined(NDArray... parts) {
        NDArray joined = NDArrays.concat(new NDList(parts));
        try {
            return keep(kernels.pack(joined, manager));
        } finally {
            joined.close();
        }
    }

    /** Arrays kept across calls must not be closed by a caller's scope. */
    private NDArray keep(NDArray a) {
        NDScope.unregister(a);
        a.attach(manager);
        return a;
    }

    private static boolean packedRows(NDArray x) {
        long rows = x.getShape().size() / x.getShape().get(x.getShape().dimension() - 1);
        return rows >= MIN_ROWS && rows <= MAX_ROWS;
    }

    @Override
    public NDArray[] qkv(int layer, NDArray x) {
        if (!packedRows(x)) {
            return dense.qkv(layer, x);
        }
        long q = (long) config.heads() * config.headDim();
        long kv = (long) config.kvHeads() * config.headDim();
        NDList parts = kernels.apply(x, qkv[layer], qkvBias[layer]).split(new long[] {q, q + kv}, 2);
        return new NDArray[] {parts.get(0), parts.get(1), parts.get(2)};
    }

    @Override
    public NDArray out(int layer, NDArray x) {
        if (!packedRows(x)) {
            return dense.out(layer, x);
        }
        NDArray bias = config.outputBias() ? param(layer, "self_attn.o_proj.bias") : null;
        return kernels.apply(x, out[layer], bias);
    }

    @Override
    public NDArray[] gateUp(int layer, NDArray x) {
        if (!packedRows(x)) {
            return dense.gateUp(layer, x);
        }
        NDList parts = kernels.apply(x, gateUp[layer], null).split(2, 2);
        return new NDArray[] {parts.get(0), parts.get(1)};
    }

    @Override
    public NDArray down(int layer, NDArray x) {
        return packedRows(x) ? kernels.apply(x, down[layer], null) : dense.down(layer, x);
    }

    @Override
    public NDArray head(NDArray x) {
        return packedRows(x) ? kernels.apply(x, head, null) : dense.head(x);
    }

    /**
     * @param layer a layer
     * @return its packed {q/k/v, q/k/v bias or null, o, gate/up, down}
     */
    NDArray[] layer(int layer) {
        return new NDArray[] {qkv[layer], qkvBias[layer], out[layer], gateUp[layer], down[layer]};
    }

    /** @return the packed LM head */
    NDArray packedHead() {
        return head;
    }

    @Override
    public void close() {
        manager.close();
    }
}
