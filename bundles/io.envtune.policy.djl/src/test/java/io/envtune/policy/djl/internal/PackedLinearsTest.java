package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.Test;

/**
 * The oneDNN packed projections (reached through a TorchScript module the runtime writes itself) against the plain
 * engine products, and sampling with them against sampling with the plain model.
 */
public class PackedLinearsTest {

    private static final ModelConfig[] CONFIGS = {
        TinyModels.config("qwen2", 2, true, true, false),
        TinyModels.config("llama", 1, true, false, false), // untied head, q/k/v and o_proj biases
        TinyModels.config("qwen3", 4, false, true, true),
    };

    @Test
    public void everyProjectionEqualsThePlainProductAndFewRowsUseThePlainOne() {
        for (ModelConfig c : CONFIGS) {
            CausalLm lm = TinyModels.model(c, 5);
            try (DecodingModel decoding = new DecodingModel(lm)) {
                CausalLm packed = decoding.get();
                assertNull(decoding.unavailable(), decoding.unavailable());
                assertNotSame("packed weights in use", lm, packed);
                DjlRuntime.run(() -> {
                    try (NDManager m = lm.weights().manager().newSubManager(); NDScope s = new NDScope()) {
                        DenseLinears dense = new DenseLinears(c, lm.weights());
                        Linears fast = packedLinears(decoding);
                        for (long rows : new long[] {1, 3, 16}) {
                            NDArray x = m.randomNormal(new Shape(rows, 1, c.hiddenSize()));
                            NDArray inner = m.randomNormal(new Shape(rows, 1, c.intermediateSize()));
                            NDArray attn = m.randomNormal(new Shape(rows, 1, (long) c.heads() * c.headDim()));
                            float tol = rows == 1 ? 0f : 1e-5f; // one row takes the plain product: identical
                            for (int layer = 0; layer < c.layers(); layer++) {
                                close(dense.qkv(layer, x), fast.qkv(layer, x), tol, c.modelType() + " qkv " + rows);
                                close(dense.gateUp(layer, x), fast.gateUp(layer, x), tol, c.modelType() + " gate/up");
                                close(new NDArray[] {dense.out(layer, attn)}, new NDArray[] {fast.out(layer, attn)},
                                        tol, c.modelType() + " o_proj");
                                close(new NDArray[] {dense.down(layer, inner)}, new NDArray[] {fast.down(layer, inner)},
                                        tol, c.modelType() + " down");
                            }
                            close(new NDArray[] {dense.head(x)}, new NDArray[] {fast.head(x)}, tol,
                                    c.modelType() + " head");
                        }
                    }
                });
            } finally {
                lm.weights().close();
            }
        }
    }

    /** Each step runs as one scripted call over the shared-prompt cache: it must sample what the plain model does. */
    @Test
    public void samplingWithPackedWeightsAndTheScriptedStepMatchesThePlainModel() {
        for (ModelConfig c : CONFIGS) {
            CausalLm lm = TinyModels.model(c, 8);
            try (DecodingModel decoding = new DecodingModel(lm)) {
                List<long[]> prompts = List.of(new long[] {5, 9, 12, 40, 7}, new long[] {3, 200});
                Generator.Request req = new Generator.Request(8, 20, new Sampler(1.0, 1.0, 0), List.of(), null, 11);
                List<List<Generator.Sample>> plain = new Generator(lm, TokenBytes.empty(300), java.util.Set.of())
                        .generate(prompts, java.util.Arrays.asList(null, null), req);
                List<List<Generator.Sample>> packed = new Generator(decoding, TokenBytes.empty(300),
                        java.util.Set.of()).generate(prompts, java.util.Arrays.asList(null, null), req);
                assertNull(decoding.unavailable());
                assertNull(decoding.scriptUnavailable(), decoding.scriptUnavailable());
                for (int p = 0; p < 2; p++) {
                    for (int j = 0; j < 8; j++) {
                        Generator.Sample a = plain.get(p).get(j);
                        Generator.Sample b = packed.get(p).get(j);
                        assertArrayEquals(c.modelType() + " prompt " + p + " sample " + j, a.ids(), b.ids());
                        assertArrayEquals(a.logProbs(), b.logProbs(), 1e-4f);
                    }
                }
            } finally {
                lm.weights().close();
            }
        }
    }

    @Test
    public void packsFollowWeightChangesAfterInvalidateAndCanBeTurnedOff() {
        ModelConfig c = CONFIGS[0];
        CausalLm lm = TinyModels.model(c, 2);
        try (DecodingModel decoding = new DecodingModel(lm)) {
            CausalLm first = decoding.get();
            assertSame("packed once, reused", first, decoding.get());
            lm.weights().assign(TinyModels.weights(c, 99));
            decoding.invalidate();
            CausalLm second = decoding.get();
            assertNotSame(first, second);
            DjlRuntime.run(() -> {
                try (NDManager m = lm.weights().manager().newSubManager(); NDScope s = new NDScope()) {
                    NDArray x = m.randomNormal(new Shape(4, 1, c.hiddenSize()));
                    close(new NDArray[] {lm.logits(x)}, new NDArray[] {second.logits(x)}, 1e-5f, "head after update");
                }
            });
        } finally {
            lm.weights().close();
        }
        System.setProperty(DecodingModel.SWITCH, "false");
        CausalLm other = TinyModels.model(c, 3);
        try (DecodingModel off = new DecodingModel(other)) {
            assertSame(other, off.get());
            assertTrue(off.unavailable(), off.unavailable().contains("turned off"));
        } finally {
            System.clearProperty(DecodingModel.SWITCH);
            other.weights().close();
        }
    }

    @Test
    public void theGeneratedTorchScriptArchiveLoadsRunsAndReportsErrors() {
        String source = String.join("\n", "class Probe(Module):", "  __parameters__ = []", "  __buffers__ = []",
                "  training : bool", "  def forward(self: __torch__.Probe,", "    x: Tensor) -> Tensor:",
                "    return torch.add(torch.mul(x, 2), 1)", "");
        DjlRuntime.initEngine();
        DjlRuntime.run(() -> {
            try (NDManager m = NDManager.newBaseManager(ai.djl.Device.cpu(), DjlRuntime.ENGINE)) {
                ai.djl.pytorch.engine.PtSymbolBlock probe = TorchScriptArchive.load(m, "Probe", source);
                NDArray x = m.create(new float[] {1, 2, 3});
                ai.djl.pytorch.jni.IValue in = ai.djl.pytorch.jni.IValue.from((ai.djl.pytorch.engine.PtNDArray) x);
                float[] y = probe.forward(in).toTensor((ai.djl.pytorch.engine.PtNDManager) m).toFloatArray();
                assertArrayEquals(new float[] {3, 5, 7}, y, 0f);
                try {
                    TorchScriptArchive.load(m, "Probe", source.replace("torch.add", "torch.no_such_op"));
                    throw new AssertionError("a script that cannot compile loaded");
                } catch (IllegalStateException expected) {
                    assertTrue(expected.getMessage(), expected.getMessage().startsWith("Probe did not load"));
                }
            }
        });
        try {
            TorchScriptArchive.of("a.b", "");
            throw new AssertionError("accepted a dotted class name");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("a.b"));
        }
    }

    private static Linears packedLinears(DecodingModel decoding) {
        try {
            java.lang.reflect.Field f = DecodingModel.class.getDeclaredField("packs");
            f.setAccessible(true);
            return (Linears) f.get(decoding);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void close(NDArray[] expected, NDArray[] actual, float relTol, String what) {
        assertEquals(what, expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(what, expected[i].getShape(), actual[i].getShape());
            float[] e = expected[i].toFloatArray();
            float[] a = actual[i].toFloatArray();
            float scale = 0;
            for (float v : e) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int j = 0; j < e.length; j++) {
                assertEquals(what + " [" + i + "][" + j + "]", e[j], a[j], relTol * Math.max(1f, scale));
            }
        }
    }
}
