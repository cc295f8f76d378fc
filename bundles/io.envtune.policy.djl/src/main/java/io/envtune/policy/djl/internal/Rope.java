package io.envtune.policy.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Rotary position embeddings in the Hugging Face convention: {@code inv_freq = 1 / theta^(2i/d)} (float32, as the
 * reference computes it), {@code emb = cat(freqs, freqs)}, and {@code x*cos + rotate_half(x)*sin} where
 * {@code rotate_half(x) = cat(-x2, x1)}. Linear and llama3 scaling adjust {@code inv_freq}.
 */
public final class Rope {

    private final float[] invFreq;

    /**
     * @param config the architecture (head width, theta, scaling)
     */
    public Rope(ModelConfig config) {
        this.invFreq = scale(baseInvFreq(config.headDim(), config.ropeTheta()), config.ropeScaling());
    }

    /**
     * @return the per-pair inverse frequencies (a copy)
     */
    public float[] invFreq() {
        return invFreq.clone();
    }

    static float[] baseInvFreq(int dim, double theta) {
        float[] out = new float[dim / 2];
        float base = (float) theta;
        for (int i = 0; i < out.length; i++) {
            float exponent = (float) (2 * i) / (float) dim;
            out[i] = 1.0f / (float) Math.pow(base, exponent);
        }
        return out;
    }

    static float[] scale(float[] inv, ModelConfig.RopeScaling s) {
        if (s == null || "default".equals(s.type()) || "dynamic".equals(s.type())) {
            // dynamic NTK only changes anything beyond the original context, which this runtime does not reach
            return inv;
        }
        float[] out = inv.clone();
        switch (s.type()) {
            case "linear":
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) (out[i] / s.factor());
                }
                return out;
            case "llama3":
                return llama3(out, s);
            default:
                throw new IllegalArgumentException("rope_scaling type '" + s.type() + "' is not supported "
                        + "(default, linear, dynamic, llama3 are)");
        }
    }

    private static float[] llama3(float[] inv, ModelConfig.RopeScaling s) {
        double old = s.originalMaxPositions();
        double lowWavelen = old / s.lowFreqFactor();
        double highWavelen = old / s.highFreqFactor();
        for (int i = 0; i < inv.length; i++) {
            double wavelen = 2 * Math.PI / inv[i];
            if (wavelen > lowWavelen) {
                inv[i] = (float) (inv[i] / s.factor());
            } else if (wavelen >= highWavelen) {
                double smooth = (old / wavelen - s.lowFreqFactor()) / (s.highFreqFactor() - s.lowFreqFactor());
                inv[i] = (float) ((1 - smooth) * inv[i] / s.factor() + smooth * inv[i]);
            }
        }
        return inv;
    }

    /**
     * The cos and sin tables for given positions.
     *
     * @param manager where to create them
     * @param positions absolute positions, shape (B, T)
     * @return {cos, sin}, each (B, 1, T, D)
     */
    public NDArray[] tables(NDManager manager, long[][] positions) {
        int b = positions.length;
        int t = positions[0].length;
        int half = invFreq.length;
        float[] freqs = new float[b * t * half * 2];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < t; j++) {
                int base = (i * t + j) * half * 2;
                float pos = positions[i][j];
                for (int k = 0; k < half; k++) {
                    float f = pos * invFreq[k];
                    freqs[base + k] = f;
                    freqs[base + half + k] = f;
                }
            }
        }
        NDArray emb = manager.create(freqs, new Shape(b, 1, t, half * 2L));
        return new NDArray[] {emb.cos(), emb.sin()};
    }

    /**
     * Applies the rotation.
     *
     * @param x (B, heads, T, D)
     * @param cos (B, 1, T, D)
     * @param sin (B, 1, T, D)
     * @return the rotated array
     */
    public static NDArray apply(NDArray x, NDArray cos, NDArray sin) {
        long d = x.getShape().get(3);
        NDArray x1 = x.get(":, :, :, 0:" + d / 2);
        NDArray x2 = x.get(":, :, :, " + d / 2 + ":");
        NDArray rotated = x2.neg().concat(x1, 3);
        return x.mul(cos).add(rotated.mul(sin));
    }

}
