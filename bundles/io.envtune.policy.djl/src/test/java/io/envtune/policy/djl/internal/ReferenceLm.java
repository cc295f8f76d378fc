package io.envtune.policy.djl.internal;

import java.util.Map;

/**
 * A plain-Java, double-precision forward pass written straight from the Hugging Face Llama/Qwen2/Qwen3 modelling
 * code (no DJL, no KV cache, one position at a time over the whole sequence): the independent side of the
 * correctness checks. Slow by design; only for tiny models.
 */
final class ReferenceLm {

    private final ModelConfig c;
    private final Map<String, HostTensor> w;
    private final double[] invFreq;

    ReferenceLm(ModelConfig config, Map<String, HostTensor> weights) {
        this.c = config;
        this.w = weights;
        this.invFreq = new double[c.headDim() / 2];
        float[] inv = Rope.scale(Rope.baseInvFreq(c.headDim(), c.ropeTheta()), c.ropeScaling());
        for (int i = 0; i < invFreq.length; i++) {
            invFreq[i] = inv[i];
        }
    }

    private float[] t(String name) {
        return w.get(name).toFloats();
    }

    private String l(int layer, String suffix) {
        return WeightLayout.layer(layer, suffix);
    }

    /** @return logits of the last position */
    double[] lastLogits(long[] ids) {
        int h = c.hiddenSize();
        float[] embed = t(WeightLayout.EMBED);
        double[][] x = new double[ids.length][h];
        for (int p = 0; p < ids.length; p++) {
            for (int j = 0; j < h; j++) {
                x[p][j] = embed[(int) ids[p] * h + j];
            }
        }
        for (int layer = 0; layer < c.layers(); layer++) {
            double[][] attn = attention(layer, norm(x, t(l(layer, "input_layernorm.weight"))));
            add(x, attn);
            add(x, mlp(layer, norm(x, t(l(layer, "post_attention_layernorm.weight")))));
        }
        double[] last = norm(x, t(WeightLayout.NORM))[ids.length - 1];
        float[] head = t(c.tieWordEmbeddings() ? WeightLayout.EMBED : WeightLayout.LM_HEAD);
        return linear(last, head, null, c.vocabSize());
    }

    private double[][] attention(int layer, double[][] x) {
        int d = c.headDim();
        int heads = c.heads();
        int kvHeads = c.kvHeads();
        int n = x.length;
        double[][] q = new double[n][];
        double[][] k = new double[n][];
        double[][] v = new double[n][];
        for (int p = 0; p < n; p++) {
            q[p] = proj(layer, "q_proj", x[p], heads * d);
            k[p] = proj(layer, "k_proj", x[p], kvHeads * d);
            v[p] = proj(layer, "v_proj", x[p], kvHeads * d);
            if (c.qkNorm()) {
                headNorm(q[p], t(l(layer, "self_attn.q_norm.weight")), d);
                headNorm(k[p], t(l(layer, "self_attn.k_norm.weight")), d);
            }
            rotate(q[p], p, d);
            rotate(k[p], p, d);
        }
        double[][] out = new double[n][heads * d];
        for (int hd = 0; hd < heads; hd++) {
            int kv = hd / (heads / kvHeads); // repeat_kv: each kv head serves heads/kvHeads consecutive heads
            for (int p = 0; p < n; p++) {
                double[] s = new double[p + 1];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j <= p; j++) {
                    for (int e = 0; e < d; e++) {
                        s[j] += q[p][hd * d + e] * k[j][kv * d + e];
                    }
                    s[j] /= Math.sqrt(d);
                    max = Math.max(max, s[j]);
                }
                double sum = 0;
                for (int j = 0; j <= p; j++) {
                    s[j] = Math.exp(s[j] - max);
                    sum += s[j];
                }
                for (int j = 0; j <= p; j++) {
                    for (int e = 0; e < d; e++) {
                        out[p][hd * d + e] += s[j] / sum * v[j][kv * d + e];
                    }
                }
            }
        }
        double[][] o = new double[n][];
        for (int p = 0; p < n; p++) {
            // HF: o_proj has bias=config.attention_bias in Llama and Qwen3, none in Qwen2
            float[] bias = c.qkvBias() && !c.modelType().equals("qwen2") ? t(l(layer, "self_attn.o_proj.bias")) : null;
            o[p] = linear(out[p], t(l(layer, "self_attn.o_proj.weight")), bias, c.hiddenSize());
        }
        return o;
    }

    private double[] proj(int layer, String name, double[] x, int rows) {
        float[] bias = c.qkvBias() ? t(l(layer, "self_attn." + name + ".bias")) : null;
        return linear(x, t(l(layer, "self_attn." + name + ".weight")), bias, rows);
    }

    /** HF rotate_half: pairs (i, i + d/2) of each head, angle = position * inv_freq[i]. */
    private void rotate(double[] x, int pos, int d) {
        for (int head = 0; head < x.length / d; head++) {
            int b = head * d;
            for (int i = 0; i < d / 2; i++) {
                double a = (float) (pos * (float) invFreq[i]);
                double x1 = x[b + i];
                double x2 = x[b + i + d / 2];
                x[b + i] = x1 * Math.cos(a) - x2 * Math.sin(a);
                x[b + i + d / 2] = x2 * Math.cos(a) + x1 * Math.sin(a);
            }
        }
    }

    private double[][] mlp(int layer, double[][] x) {
        int m = c.intermediateSize();
        double[][] out = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            double[] gate = linear(x[p], t(l(layer, "mlp.gate_proj.weight")), null, m);
            double[] up = linear(x[p], t(l(layer, "mlp.up_proj.weight")), null, m);
            for (int i = 0; i < m; i++) {
                gate[i] = gate[i] / (1 + Math.exp(-gate[i])) * up[i];
            }
            out[p] = linear(gate, t(l(layer, "mlp.down_proj.weight")), null, c.hiddenSize());
        }
        return out;
    }

    private double[][] norm(double[][] x, float[] weight) {
        double[][] out = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            out[p] = x[p].clone();
            headNorm(out[p], weight, weight.length);
        }
        return out;
    }

    /** RMSNorm over consecutive groups of {@code width} values (one group = the whole vector for layer norms). */
    private void headNorm(double[] x, float[] weight, int width) {
        for (int b = 0; b < x.length; b += width) {
            double ms = 0;
            for (int i = 0; i < width; i++) {
                ms += x[b + i] * x[b + i];
            }
            double scale = 1 / Math.sqrt(ms / width + c.rmsNormEps());
            for (int i = 0; i < width; i++) {
                x[b + i] = x[b + i] * scale * weight[i];
            }
        }
    }

    /** y = W x + b with W stored (rows, x.length) row-major, as torch.nn.Linear. */
    private static double[] linear(double[] x, float[] weight, float[] bias, int rows) {
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double s = bias == null ? 0 : bias[r];
            for (int j = 0; j < x.length; j++) {
                s += weight[r * x.length + j] * x[j];
            }
            y[r] = s;
        }
        return y;
    }

    private static void add(double[][] x, double[][] y) {
        for (int p = 0; p < x.length; p++) {
            for (int j = 0; j < x[p].length; j++) {
                x[p][j] += y[p][j];
            }
        }
    }

    /** @return the arg max (lowest index on ties) */
    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
