package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/** Scaled dot-product attention with grouped-query heads, as Hugging Face's eager attention computes it. */
final class Attention {

    private Attention() {
    }

    /**
     * The largest attention-score block, in floats (8 MiB). Longer query runs are cut into blocks of rows: the
     * (B, H, T, S) scores of a 2,000-token training sequence are 75 MB, which glibc serves with a fresh mmap (too
     * large for its heaps) and unmaps on free, so every pass faulted in and zeroed them page by page (half the CPU
     * time of a training step went to the kernel). Blocks this size come from the heap and are reused.
     */
    static final long BLOCK_FLOATS = 2L << 20;

    /**
     * @param q queries (B, heads, T, D)
     * @param k keys (B, kvHeads, S, D)
     * @param v values (B, kvHeads, S, D)
     * @param mask additive mask (rows or 1, 1, T, S), or null
     * @return (B, T, heads·D)
     */
    static NDArray dense(NDArray q, NDArray k, NDArray v, NDArray mask) {
        return dense(q, k, v, mask, BLOCK_FLOATS);
    }

    /** As {@link #dense(NDArray, NDArray, NDArray, NDArray)} with score blocks of at most {@code blockFloats}. */
    static NDArray dense(NDArray q, NDArray k, NDArray v, NDArray mask, long blockFloats) {
        long b = q.getShape().get(0);
        long heads = q.getShape().get(1);
        long t = q.getShape().get(2);
        long d = q.getShape().get(3);
        long keysLen = k.getShape().get(2);
        long rows = Math.max(1, blockFloats / (b * heads * keysLen));
        NDArray kt = k.transpose(0, 1, 3, 2);
        if (rows >= t) {
            return block(q, kt, v, mask).transpose(0, 2, 1, 3).reshape(b, t, heads * d);
        }
        // Rows are independent (each query's softmax runs over its own keys), so blocks concatenate exactly.
        NDList parts = new NDList();
        for (long from = 0; from < t; from += rows) {
            long to = Math.min(t, from + rows);
            String span = ":, :, " + from + ":" + to;
            parts.add(block(q.get(span), kt, v, mask == null ? null : mask.get(span)));
        }
        return NDArrays.concat(parts, 2).transpose(0, 2, 1, 3).reshape(b, t, heads * d);
    }

    /** Attention of one run of query rows: (B, heads, T', D) queries to (B, heads, T', D) outputs. */
    private static NDArray block(NDArray q, NDArray kt, NDArray v, NDArray mask) {
        long b = q.getShape().get(0);
        long heads = q.getShape().get(1);
        long t = q.getShape().get(2);
        long d = q.getShape().get(3);
        long kvHeads = kt.getShape().get(1);
        long keysLen = kt.getShape().get(3);
        long group = heads / kvHeads;
        // Grouped-query attention without copying K/V: query head h uses kv head h / group, so the queries of one
        // group stack along the time axis and share one matmul with their kv head.
        // The scale goes on the queries and the mask is added in place: the (B, H, T, S) scores are the largest
        // arrays of a pass, and each extra one costs fresh pages from the OS (page faults dominated the profile).
        // Both are safe under autograd: neither add nor matmul keeps its output for the backward pass.
        NDArray qg = q.mul((float) (1.0 / Math.sqrt(d))).reshape(b, kvHeads, group * t, d);
        NDArray scores = qg.matMul(kt).reshape(b, heads, t, keysLen);
        if (mask != null) {
            scores.addi(mask);
        }
        NDArray probs = scores.softmax(-1).reshape(b, kvHeads, group * t, keysLen);
        return probs.matMul(v).reshape(b, heads, t, d);
    }
}
