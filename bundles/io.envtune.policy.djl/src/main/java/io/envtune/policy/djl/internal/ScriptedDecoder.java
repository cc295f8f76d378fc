package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole decoding step of every layer (n samples per prompt, {@link SharedPromptCache}, packed weights) as one call
 * into a TorchScript method, instead of ~75 engine calls per layer from Java. Why: each engine call from Java costs
 * 5-30 µs of wrapping, registration and JNI around a few microseconds of arithmetic, and a step of a 12-layer model
 * makes about 900 of them; the script runs the same operators in the same order inside the engine. The step is the
 * same computation as {@link CausalLm#forward} with {@link PackedLinears} and {@link SharedPromptCache} (RMSNorm as
 * x / sqrt(mean(x²) + eps) · w, rotate-half RoPE, the shared-prompt attention, SwiGLU), which the tests check.
 */
final class ScriptedDecoder implements AutoCloseable {

    /** Arrays per layer in the weight list. */
    private static final int PER_LAYER = 10;

    private static final String SOURCE = String.join("\n",
            "class DecodeStep(Module):",
            "  __parameters__ = []",
            "  __buffers__ = []",
            "  training : bool",
            "  def forward(self: __torch__.DecodeStep,",
            "    h: Tensor,",
            "    cos: Tensor,",
            "    sin: Tensor,",
            "    w: List[Tensor],",
            "    pk: List[Tensor],",
            "    pv: List[Tensor],",
            "    ok: List[Tensor],",
            "    ov: List[Tensor],",
            "    mask: Tensor,",
            "    dims: List[int],",
            "    eps: float,",
            "    scale: float) -> Tensor:",
            "    pos = dims[0]",
            "    n = dims[1]",
            "    heads = dims[2]",
            "    kvh = dims[3]",
            "    d = dims[4]",
            "    flags = dims[5]",
            "    layers = dims[6]",
            "    b = h.size(0)",
            "    p = b // n",
            "    g = heads // kvh",
            "    tp = pk[0].size(2)",
            "    _e = annotate(List[Optional[Union[float, complex, int]]], [])",
            "    for i in range(layers):",
            "      base = i * " + PER_LAYER,
            "      x = self.norm(h, w[base], eps)",
            "      qkv = ops.mkldnn._linear_pointwise(x, w[base + 1], None, \"none\", _e, None)",
            "      if (flags & 1) != 0:",
            "        qkv = qkv + w[base + 2]",
            "      q = qkv.narrow(2, 0, heads * d).reshape([b, 1, heads, d])",
            "      k = qkv.narrow(2, heads * d, kvh * d).reshape([b, 1, kvh, d])",
            "      v = qkv.narrow(2, (heads + kvh) * d, kvh * d).reshape([b, 1, kvh, d]).transpose(1, 2)",
            "      if (flags & 4) != 0:",
            "        q = self.norm(q, w[base + 8], eps)",
            "        k = self.norm(k, w[base + 9], eps)",
            "      q = self.rope(q.transpose(1, 2), cos, sin)",
            "      k = self.rope(k.transpose(1, 2), cos, sin)",
            "      ok[i].narrow(3, pos, 1).copy_(k.reshape([p, n, kvh, 1, d]).transpose(1, 2))",
            "      ov[i].narrow(3, pos, 1).copy_(v.reshape([p, n, kvh, 1, d]).transpose(1, 2))",
            "      qg = (q * scale).reshape([p, n, kvh, g, d]).transpose(1, 2)",
            "      shared = torch.matmul(qg.reshape([p, kvh, n * g, d]), pk[i].transpose(2, 3))",
            "      if (flags & 8) != 0:",
            "        shared = shared + mask",
            "      own = torch.matmul(qg, ok[i].narrow(3, 0, pos + 1).transpose(3, 4))",
            "      probs = torch.softmax(torch.cat([shared.reshape([p, kvh, n, g, tp]), own], -1), -1)",
            "      fp = torch.matmul(probs.narrow(4, 0, tp).reshape([p, kvh, n * g, tp]), pv[i])",
            "      fo = torch.matmul(probs.narrow(4, tp, pos + 1), ov[i].narrow(3, 0, pos + 1))",
            "      attn = (fp.reshape([p, kvh, n, g, d]) + fo).transpose(1, 2).reshape([b, 1, heads * d])",
            "      o = ops.mkldnn._linear_pointwise(attn, w[base + 3], None, \"none\", _e, None)",
            "      if (flags & 2) != 0:",
            "        o = o + w[base + 4]",
            "      h = h + o",
            "      x = self.norm(h, w[base + 5], eps)",
            "      gu = ops.mkldnn._linear_pointwise(x, w[base + 6], None, \"none\", _e, None)",
            "      inter = gu.size(2) // 2",
            "      gate = gu.narrow(2, 0, inter)",
            "      act = gate * torch.sigmoid(gate) * gu.narrow(2, inter, inter)",
            "      h = h + ops.mkldnn._linear_pointwise(act, w[base + 7], None, \"none\", _e, None)",
            "    x = self.norm(h, w[layers * " + PER_LAYER + "], eps)",
            "    return ops.mkldnn._linear_pointwise(x, w[layers * " + PER_LAYER + " + 1], None, \"none\", _e, None)",
            "  def norm(self: __torch__.DecodeStep,",
            "    x: Tensor,",
            "    weight: Tensor,",
            "    eps: float) -> Tensor:",
            "    variance = torch.mean(x * x, [-1], True)",
            "    return x / torch.sqrt(variance + eps) * weight",
            "  def rope(self: __torch__.DecodeStep,",
            "    x: Tensor,",
            "    cos: Tensor,",
            "    sin: Tensor) -> Tensor:",
            "    half = x.size(3) // 2",
            "    rotated = torch.cat([torch.neg(x.narrow(3, half, half)), x.narrow(3, 0, half)], -1)",
            "    return x * cos + rotated * sin",
            "");

    private final ModelConfig config;
    private final Weights weights;
    private final Rope rope;
    private final PtSymbolBlock module;
    private final NDManager manager;
    private final IValue weightList;

    private ScriptedDecoder(ModelConfig config, Weights weights, PtSymbolBlock module, NDManager manager,
                            IValue weightList) {
        this.config = config;
        this.weights = weights;
        this.rope = new Rope(config);
        this.module = module;
        this.manager = manager;
        this.weightList = weightList;
    }

    /**
     * Compiles the step. The script takes the weights as an argument, so one compiled module serves every binding:
     * compiling (and the engine's profiling runs of a new module) after every policy update cost more than packing.
     *
     * @param manager owns the module
     * @return the module; close it after every decoder bound to it
     * @throws IllegalStateException when the engine cannot compile the script
     */
    static PtSymbolBlock compile(NDManager manager) {
        try {
            return TorchScriptArchive.load(manager, "DecodeStep", SOURCE);
        } catch (RuntimeException e) {
            throw new IllegalStateException("scripted decoding step unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Binds a compiled step to packed weights.
     *
     * @param config the architecture
     * @param weights the parameters (norm weights and the embedding are read from here)
     * @param packs the packed projections of the same weights
     * @param module the step from {@link #compile(NDManager)} (not closed with the decoder)
     * @return the decoder; close it before the packs
     * @throws IllegalStateException when the weights cannot be bound
     */
    static ScriptedDecoder bind(ModelConfig config, Weights weights, PackedLinears packs, PtSymbolBlock module) {
        NDManager manager = weights.manager().newSubManager();
        try {
            NDArray empty = manager.zeros(new Shape(0));
            NDScope.unregister(empty);
            List<PtNDArray> list = new ArrayList<>();
            for (int i = 0; i < config.layers(); i++) {
                NDArray[] p = packs.layer(i);
                list.add(pt(param(weights, i, "input_layernorm.weight")));
                list.add(pt(p[0]));
                list.add(pt(p[1] == null ? empty : p[1]));
                list.add(pt(p[2]));
                list.add(pt(config.outputBias() ? param(weights, i, "self_attn.o_proj.bias") : empty));
                list.add(pt(param(weights, i, "post_attention_layernorm.weight")));
                list.add(pt(p[3]));
                list.add(pt(p[4]));
                list.add(pt(config.qkNorm() ? param(weights, i, "self_attn.q_norm.weight") : empty));
                list.add(pt(config.qkNorm() ? param(weights, i, "self_attn.k_norm.weight") : empty));
            }
            list.add(pt(weights.get(WeightLayout.NORM)));
            list.add(pt(packs.packedHead()));
            return new ScriptedDecoder(config, weights, module, manager,
                    IValue.listFrom(list.toArray(new PtNDArray[0])));
        } catch (RuntimeException e) {
            manager.close();
            throw new IllegalStateException("scripted decoding step unavailable: " + e.getMessage(), e);
        }
    }

    private static NDArray param(Weights weights, int layer, String name) {
        return weights.get(WeightLayout.layer(layer, name));
    }

    private static PtNDArray pt(NDArray a) {
        return (PtNDArray) a;
    }

    /**
     * One decoding step: embeds the new tokens, runs every layer and the head, and stores the step's keys and values
     * in the cache.
     *
     * @param m where the inputs are created
     * @param ids the new token of each row, (B, 1)
     * @param positions their absolute positions, (B, 1)
     * @param cache the shared-prompt cache of this generation
     * @return logits (B, 1, V)
     */
    NDArray step(NDManager m, long[][] ids, long[][] positions, SharedPromptCache cache) {
        long[] flat = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            flat[i] = ids[i][0];
        }
        NDArray input = m.create(flat, new Shape(ids.length, 1));
        NDArray h = Embedding.embedding(input, weights.get(WeightLayout.EMBED), SparseFormat.DENSE)
                .singletonOrThrow();
        NDArray[] cosSin = rope.tables(m, positions);
        NDArray mask = cache.promptMask();
        int flags = (config.qkvBias() ? 1 : 0) | (config.outputBias() ? 2 : 0) | (config.qkNorm() ? 4 : 0)
                | (mask != null ? 8 : 0);
        List<IValue> in = new ArrayList<>();
        try {
            in.add(IValue.from(pt(h)));
            in.add(IValue.from(pt(cosSin[0])));
            in.add(IValue.from(pt(cosSin[1])));
            in.add(weightList);
            in.add(list(cache.promptKeys()));
            in.add(list(cache.promptValues()));
            in.add(list(cache.ownKeys()));
            in.add(list(cache.ownValues()));
            in.add(IValue.from(pt(mask != null ? mask : h)));
            in.add(IValue.listFrom(cache.generated(), cache.samples(), config.heads(), config.kvHeads(),
                    config.headDim(), flags, config.layers()));
            in.add(IValue.from(config.rmsNormEps()));
            in.add(IValue.from(1.0 / Math.sqrt(config.headDim())));
            IValue out = IValueUtils.runMethod(module, "forward", in.toArray(new IValue[0]));
            try {
                NDArray logits = out.toTensor((PtNDManager) m);
                cache.advance();
                return logits;
            } finally {
                out.close();
            }
        } finally {
            for (IValue v : in) {
                if (v != weightList) {
                    v.close();
                }
            }
        }
    }

    private static IValue list(NDArray[] arrays) {
        PtNDArray[] pts = new PtNDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            pts[i] = pt(arrays[i]);
        }
        return IValue.listFrom(pts);
    }

    /** Releases the weight binding; the compiled module stays with its owner. */
    @Override
    public void close() {
        weightList.close();
        manager.close();
    }
}
