package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;

/**
 * Matrix products against weights reordered once into oneDNN's blocked layout ({@code mkldnn._reorder_linear_weight}
 * and {@code mkldnn._linear_pointwise}, the operators PyTorch's own CPU inference freezing uses), reached through a
 * small TorchScript module since DJL binds neither. Why: for the few rows of a decoding step the engine's default
 * float32 GEMM re-packs the whole weight matrix on every call; on the reference 2-core machine that packing took as
 * long as the arithmetic, and a 16-row product against the 32000 × 768 LM head ran at a third of the memory
 * bandwidth. Results are float32 throughout and equal the plain product up to summation order.
 */
final class PackedMatmul implements AutoCloseable {

    private static final String SOURCE = String.join("\n",
            "class PackedMatmul(Module):",
            "  __parameters__ = []",
            "  __buffers__ = []",
            "  training : bool",
            "  def forward(self: __torch__.PackedMatmul,",
            "    x: Tensor,",
            "    w: Tensor) -> Tensor:",
            "    _0 = annotate(List[Optional[Union[float, complex, int]]], [])",
            "    return ops.mkldnn._linear_pointwise(x, w, None, \"none\", _0, None)",
            "  def biased(self: __torch__.PackedMatmul,",
            "    x: Tensor,",
            "    w: Tensor,",
            "    b: Tensor) -> Tensor:",
            "    _0 = annotate(List[Optional[Union[float, complex, int]]], [])",
            "    return ops.mkldnn._linear_pointwise(x, w, b, \"none\", _0, None)",
            "  def pack(self: __torch__.PackedMatmul,",
            "    w: Tensor,",
            "    rows: int) -> Tensor:",
            "    return ops.mkldnn._reorder_linear_weight(w, rows)",
            "");

    /** The rows a decoding step usually has (a group of samples); a hint for oneDNN's kernel choice. */
    private static final long ROWS_HINT = 16;

    private final PtNDManager manager;
    private final PtSymbolBlock module;

    private PackedMatmul(PtNDManager manager, PtSymbolBlock module) {
        this.manager = manager;
        this.module = module;
    }

    /**
     * Loads the kernels and checks them against the plain product on a small random case.
     *
     * @param manager a CPU manager of the PyTorch engine (the module lives as long as it, or until closed)
     * @return the kernels
     * @throws IllegalStateException when the engine build lacks them or they disagree with the plain product
     */
    static PackedMatmul load(NDManager manager) {
        PtSymbolBlock block = TorchScriptArchive.load(manager, "PackedMatmul", SOURCE);
        PackedMatmul kernels = new PackedMatmul((PtNDManager) manager, block);
        try {
            kernels.selfCheck();
        } catch (RuntimeException e) {
            kernels.close();
            throw e;
        }
        return kernels;
    }

    private void selfCheck() {
        try (NDManager m = manager.newSubManager()) {
            NDArray w = m.randomNormal(new Shape(24, 40));
            NDArray b = m.randomNormal(new Shape(24));
            NDArray x = m.randomNormal(new Shape(3, 2, 40));
            NDArray packed = pack(w, m);
            NDArray expected = Linear.linear(x, w, b).singletonOrThrow();
            NDArray got = apply(x, packed, b);
            float err = got.sub(expected).abs().max().getFloat();
            float scale = expected.abs().max().getFloat();
            if (!got.getShape().equals(expected.getShape()) || !(err <= 1e-5f * Math.max(1f, scale))) {
                throw new IllegalStateException("packed matmul disagrees with the plain product (shape "
                        + got.getShape() + ", max error " + err + ")");
            }
        }
    }

    /**
     * Reorders a weight for {@link #apply}.
     *
     * @param weight (out, in), float32, on the CPU
     * @param owner the manager of the result
     * @return the packed weight, an opaque engine array (use it only with {@link #apply}; close it to free it)
     */
    NDArray pack(NDArray weight, NDManager owner) {
        IValue w = IValue.from((PtNDArray) weight);
        IValue rows = IValue.from(ROWS_HINT);
        IValue out = IValueUtils.runMethod(module, "pack", w, rows);
        try {
            return out.toTensor((PtNDManager) owner);
        } finally {
            out.close();
            rows.close();
            w.close();
        }
    }

    /**
     * {@code x · Wᵀ + b}, as {@link Linear#linear}.
     *
     * @param x the input (…, in)
     * @param packed a weight from {@link #pack}
     * @param bias (out), or null
     * @return (…, out), owned by x's manager
     */
    NDArray apply(NDArray x, NDArray packed, NDArray bias) {
        IValue in = IValue.from((PtNDArray) x);
        IValue w = IValue.from((PtNDArray) packed);
        IValue b = bias == null ? null : IValue.from((PtNDArray) bias);
        IValue out = b == null ? IValueUtils.runMethod(module, "forward", in, w)
                : IValueUtils.runMethod(module, "biased", in, w, b);
        try {
            return out.toTensor((PtNDManager) x.getManager());
        } finally {
            out.close();
            if (b != null) {
                b.close();
            }
            w.close();
            in.close();
        }
    }

    @Override
    public void close() {
        module.close();
    }
}
