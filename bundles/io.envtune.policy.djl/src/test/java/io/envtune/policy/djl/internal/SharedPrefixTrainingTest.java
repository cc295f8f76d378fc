package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.Test;

public class SharedPrefixTrainingTest {

    /** Three rollouts of one task: a 40-token shared context, then each its own tail and completion. */
    private static List<TrainBatch.Item> items() {
        SplittableRandom rng = new SplittableRandom(4);
        long[] shared = new long[40];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = 1 + rng.nextInt(290);
        }
        List<TrainBatch.Item> out = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            long[] ctx = java.util.Arrays.copyOf(shared, 40 + 3 + r);
            for (int i = 40; i < ctx.length; i++) {
                ctx[i] = 1 + rng.nextInt(290);
            }
            int[] completion = new int[4 + 2 * r];
            float[] old = new float[completion.length];
            for (int j = 0; j < completion.length; j++) {
                completion[j] = 1 + rng.nextInt(290);
                old[j] = -5f;
            }
            out.add(TrainBatch.Item.of(ctx, completion, old, r - 1.0));
        }
        return out;
    }

    @Test
    public void aSharedPrefixGivesTheSameLogProbsAndGradientsAsWholeRows() {
        CausalLm model = TinyModels.model(TinyModels.config("qwen2", 2, true, true, false), 9);
        TrainBatch shared = TrainBatch.of(items());
        assertEquals("the shared context stops before the first predicting position", 40, shared.prefix());
        TrainBatch whole = new TrainBatch(shared.ids(), shared.positions(), shared.select(), shared.targets(),
                shared.old(), shared.adv(), 0, null);
        Result a = run(model, shared);
        Result b = run(model, whole);
        assertEquals(a.logp.length, b.logp.length);
        for (int i = 0; i < a.logp.length; i++) {
            assertEquals("logp " + i, b.logp[i], a.logp[i], 1e-5f);
            assertEquals("entropy " + i, b.entropy[i], a.entropy[i], 1e-5f);
        }
        for (String name : b.grads.keySet()) {
            float[] x = a.grads.get(name);
            float[] y = b.grads.get(name);
            for (int i = 0; i < y.length; i++) {
                assertEquals(name + "[" + i + "]", y[i], x[i], 1e-5f + 1e-4f * Math.abs(y[i]));
            }
        }
        assertTrue("the embedding gets gradient through the prefix", nonZero(a.grads.get(WeightLayout.EMBED)));
    }

    private record Result(float[] logp, float[] entropy, Map<String, float[]> grads) {
    }

    private static Result run(CausalLm model, TrainBatch b) {
        return DjlRuntime.call(() -> {
            Map<String, NDArray> params = model.weights().all();
            params.values().forEach(p -> p.setRequiresGradient(true));
            try (NDManager m = model.weights().manager().newSubManager(); NDScope scope = new NDScope();
                 KvCache cache = new KvCache(model.config().layers())) {
                float[] logp;
                float[] ent;
                try (GradientCollector gc = Engine.getEngine(DjlRuntime.ENGINE).newGradientCollector()) {
                    NDArray select = m.create(b.select());
                    NDArray targets = m.create(b.targets()).reshape(b.select().length, 1);
                    NDArray[] out = GrpoTrainer.tokenLogProbs(model, m, b, select, targets, cache);
                    gc.backward(out[0].mul(m.create(b.adv())).sum().add(out[1].sum().mul(0.3f)));
                    logp = out[0].toFloatArray();
                    ent = out[1].toFloatArray();
                }
                Map<String, float[]> grads = new java.util.TreeMap<>();
                params.forEach((name, p) -> grads.put(name, p.getGradient().toFloatArray()));
                params.values().forEach(p -> ai.djl.pytorch.jni.JniUtils.zeroGrad((ai.djl.pytorch.engine.PtNDArray) p));
                params.values().forEach(p -> p.setRequiresGradient(false));
                return new Result(logp, ent, grads);
            }
        });
    }

    private static boolean nonZero(float[] xs) {
        for (float x : xs) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }
}
