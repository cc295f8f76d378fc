package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.Test;

/** Query-blocked attention is the same computation as one block: outputs and gradients. */
public class AttentionBlockTest {

    @Test
    public void blocksOfRowsGiveTheSameOutputsAndGradientsAsOnePass() {
        DjlRuntime.initEngine();
        DjlRuntime.run(() -> {
            try (NDManager m = NDManager.newBaseManager()) {
                m.getEngine().setRandomSeed(5);
                int b = 2;
                int t = 13;
                int s = 17; // 4 cached keys before the 13 new ones
                NDArray q = m.randomNormal(new Shape(b, 4, t, 8));
                NDArray k = m.randomNormal(new Shape(b, 2, s, 8));
                NDArray v = m.randomNormal(new Shape(b, 2, s, 8));
                float[] mask = new float[b * t * s];
                for (int r = 0; r < b; r++) {
                    for (int i = 0; i < t; i++) {
                        for (int j = 0; j < s; j++) {
                            boolean padded = r == 1 && j < 2;
                            mask[(r * t + i) * s + j] = j <= s - t + i && !padded ? 0 : CausalLm.MASKED;
                        }
                    }
                }
                NDArray mk = m.create(mask, new Shape(b, 1, t, s));
                float[][] one = run(q, k, v, mk, Long.MAX_VALUE);
                for (long block : new long[] {1, 4 * 2 * s, 4 * 2 * s * 5}) {
                    float[][] cut = run(q, k, v, mk, block);
                    for (int i = 0; i < one.length; i++) {
                        assertArrayEquals("block " + block + " part " + i, one[i], cut[i], 1e-5f);
                    }
                }
                assertEquals(b * t * 32, one[0].length);
            }
        });
    }

    /** Output, then the gradients of q, k and v of a fixed weighted sum of the output. */
    private static float[][] run(NDArray q0, NDArray k0, NDArray v0, NDArray mask, long block) {
        NDArray q = q0.duplicate();
        NDArray k = k0.duplicate();
        NDArray v = v0.duplicate();
        for (NDArray x : new NDArray[] {q, k, v}) {
            x.setRequiresGradient(true);
        }
        float[] out;
        try (GradientCollector gc = Engine.getEngine(DjlRuntime.ENGINE).newGradientCollector()) {
            NDArray o = Attention.dense(q, k, v, mask, block);
            out = o.toFloatArray();
            NDArray w = o.getManager().arange(0f, (float) o.size(), 1f).reshape(o.getShape()).mul(1e-3f);
            gc.backward(o.mul(w).sum());
        }
        return new float[][] {out, q.getGradient().toFloatArray(), k.getGradient().toFloatArray(),
            v.getGradient().toFloatArray()};
    }
}
