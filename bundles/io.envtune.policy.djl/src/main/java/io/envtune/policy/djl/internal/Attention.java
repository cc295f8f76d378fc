package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;

/** Scaled dot-product attention with grouped-query heads, as Hugging Face's eager attention computes it. */
final class Attention {

    private Attention() {
    }

    /**
     * @param q queries (B, heads, T, D)
     * @param k keys (B, kvHeads, S, D)
     * @param v values (B, kvHeads, S, D)
     * @param mask additive mask (rows or 1, 1, T, S), or null
     * @return (B, T, heads·D)
     */
    static NDArray dense(NDArray q, NDArray k, NDArray v, NDArray mask) {
        long b = q.getShape().get(0);
        long heads = q.getShape().get(1);
        long t = q.getShape().get(2);
        long d = q.getShape().get(3);
        long kvHeads = k.getShape().get(1);
        long keysLen = k.getShape().get(2);
        long group = heads / kvHeads;
        // Grouped-query attention without copying K/V: query head h uses kv head h / group, so the queries of one
        // group stack along the time axis and share one matmul with their kv head.
        // The scale goes on the queries and the mask is added in place: the (B, H, T, S) scores are the largest
        // arrays of a pass, and each extra one costs fresh pages from the OS (page faults dominated the profile).
        // Both are safe under autograd: neither add nor matmul keeps its output for the backward pass.
        NDArray qg = q.mul((float) (1.0 / Math.sqrt(d))).reshape(b, kvHeads, group * t, d);
        NDArray scores = qg.matMul(k.transpose(0, 1, 3, 2)).reshape(b, heads, t, keysLen);
        if (mask != null) {
            scores.addi(mask);
        }
        NDArray probs = scores.softmax(-1).reshape(b, kvHeads, group * t, keysLen);
        return probs.matMul(v).reshape(b, heads, t, d).transpose(0, 2, 1, 3).reshape(b, t, heads * d);
    }
}
