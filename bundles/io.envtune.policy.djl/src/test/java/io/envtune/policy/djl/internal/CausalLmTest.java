package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;

public class CausalLmTest {

    private static final long[] PROMPT = {5, 17, 42, 7, 99, 3, 250, 11, 64, 1, 128, 77};

    @BeforeClass
    public static void engine() {
        DjlRuntime.initEngine();
    }

    private static long[] range(int from, int n) {
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = from + i;
        }
        return p;
    }

    /** Full-sequence logits, (T, V) flattened per position. */
    static float[][] fullLogits(CausalLm lm, long[] ids) {
        return DjlRuntime.call(() -> {
            try (NDManager m = lm.weights().manager().newSubManager(); NDScope s = new NDScope()) {
                float[] flat = lm.forward(m, new long[][] {ids}, new long[][] {range(0, ids.length)}, null, null)
                        .toFloatArray();
                return split(flat, ids.length);
            }
        });
    }

    private static float[][] split(float[] flat, int rows) {
        int v = flat.length / rows;
        float[][] out = new float[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * v, (i + 1) * v);
        }
        return out;
    }

    /** Prefill 5 tokens, then one token at a time through the KV cache. */
    static float[][] cachedLogits(CausalLm lm, long[] ids) {
        return DjlRuntime.call(() -> {
            float[][] out = new float[ids.length][];
            try (NDManager m = lm.weights().manager().newSubManager(); KvCache cache = new KvCache(2);
                 NDScope s = new NDScope()) {
                int pre = 5;
                float[][] first = split(lm.forward(m, new long[][] {java.util.Arrays.copyOf(ids, pre)},
                        new long[][] {range(0, pre)}, null, cache).toFloatArray(), pre);
                System.arraycopy(first, 0, out, 0, pre);
                for (int i = pre; i < ids.length; i++) {
                    out[i] = lm.forward(m, new long[][] {{ids[i]}}, new long[][] {{i}}, null, cache).toFloatArray();
                }
            }
            return out;
        });
    }

    private static void assertClose(float[][] a, float[][] b, float tol) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                assertEquals("pos " + i + " token " + j, a[i][j], b[i][j], tol);
            }
        }
    }

    @Test
    public void kvCacheMatchesFullPassForGqaVariants() {
        for (int kv : new int[] {1, 2, 4}) {
            for (String type : new String[] {"qwen2", "llama", "qwen3"}) {
                ModelConfig c = TinyModels.config(type, kv, "qwen2".equals(type), kv != 2, "qwen3".equals(type));
                CausalLm lm = TinyModels.model(c, 7 + kv);
                try {
                    assertClose(fullLogits(lm, PROMPT), cachedLogits(lm, PROMPT), 1e-4f);
                } finally {
                    lm.weights().close();
                }
            }
        }
    }

    @Test
    public void attentionIsCausal() {
        CausalLm lm = TinyModels.model(TinyModels.config("qwen2", 2, true, true, false), 3);
        try {
            long[] changed = PROMPT.clone();
            changed[8] = 200;
            float[][] a = fullLogits(lm, PROMPT);
            float[][] b = fullLogits(lm, changed);
            assertClose(java.util.Arrays.copyOf(a, 8), java.util.Arrays.copyOf(b, 8), 1e-5f);
            assertTrue("a later token changes later logits", Math.abs(a[9][0] - b[9][0]) > 1e-6);
        } finally {
            lm.weights().close();
        }
    }

    @Test
    public void ropeMatchesClosedForm() {
        ModelConfig c = TinyModels.config("llama", 2, false, true, false);
        Rope rope = new Rope(c);
        float[] inv = rope.invFreq();
        for (int i = 0; i < inv.length; i++) {
            assertEquals(Math.pow(10000.0, -2.0 * i / 8), inv[i], 1e-6);
        }
        DjlRuntime.run(() -> {
            try (NDManager m = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
                NDArray[] cs = rope.tables(m, new long[][] {{0, 3, 100}});
                float[] cos = cs[0].toFloatArray();
                float[] sin = cs[1].toFloatArray();
                long[] pos = {0, 3, 100};
                for (int p = 0; p < 3; p++) {
                    for (int d = 0; d < 8; d++) {
                        double angle = pos[p] * Math.pow(10000.0, -2.0 * (d % 4) / 8);
                        assertEquals(Math.cos(angle), cos[p * 8 + d], 1e-4);
                        assertEquals(Math.sin(angle), sin[p * 8 + d], 1e-4);
                    }
                }
                // rotate_half: (x1, x2) -> (x1 cos - x2 sin, x2 cos + x1 sin) on pairs (i, i + d/2)
                NDArray x = m.create(new float[] {1, 2, 3, 4, 5, 6, 7, 8}).reshape(1, 1, 1, 8);
                NDArray[] one = rope.tables(m, new long[][] {{3}});
                float[] r = Rope.apply(x, one[0], one[1]).toFloatArray();
                for (int i = 0; i < 4; i++) {
                    double a = 3 * Math.pow(10000.0, -2.0 * i / 8);
                    assertEquals((i + 1) * Math.cos(a) - (i + 5) * Math.sin(a), r[i], 1e-4);
                    assertEquals((i + 5) * Math.cos(a) + (i + 1) * Math.sin(a), r[i + 4], 1e-4);
                }
            }
        });
    }

    @Test
    public void llama3ScalingKeepsHighFrequenciesAndDividesLowOnes() {
        ModelConfig.RopeScaling s = new ModelConfig.RopeScaling("llama3", 8, 1, 4, 8192);
        float[] base = Rope.baseInvFreq(128, 500000);
        float[] scaled = Rope.scale(base, s);
        assertEquals(base[0], scaled[0], 0f);
        assertEquals(base[63] / 8, scaled[63], 1e-12);
    }

    @Test
    public void shardedCheckpointLoadsLikeSingleFile() throws Exception {
        ModelConfig c = TinyModels.config("qwen2", 2, true, false, false);
        Map<String, HostTensor> w = TinyModels.weights(c, 11);
        Path single = TinyModels.tempDir("single");
        SafeTensors.write(single.resolve(Weights.SINGLE), w, Map.of());
        Path sharded = TinyModels.tempDir("sharded");
        Map<String, HostTensor> a = new LinkedHashMap<>();
        Map<String, HostTensor> b = new LinkedHashMap<>();
        JsonObject map = new JsonObject();
        int i = 0;
        for (Map.Entry<String, HostTensor> e : w.entrySet()) {
            boolean first = i++ % 2 == 0;
            (first ? a : b).put(e.getKey(), e.getValue());
            map.addProperty(e.getKey(), first ? "model-00001-of-00002.safetensors" : "model-00002-of-00002.safetensors");
        }
        SafeTensors.write(sharded.resolve("model-00001-of-00002.safetensors"), a, Map.of());
        SafeTensors.write(sharded.resolve("model-00002-of-00002.safetensors"), b, Map.of());
        JsonObject index = new JsonObject();
        index.add("weight_map", map);
        java.nio.file.Files.writeString(sharded.resolve(Weights.INDEX), index.toString());
        CausalLm one = new CausalLm(c, Weights.fromHost(c, Weights.readFolder(single), Device.cpu()));
        CausalLm two = new CausalLm(c, Weights.fromHost(c, Weights.readFolder(sharded), Device.cpu()));
        try {
            assertClose(fullLogits(one, PROMPT), fullLogits(two, PROMPT), 0f);
        } finally {
            one.weights().close();
            two.weights().close();
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void missingTensorIsReported() {
        ModelConfig c = TinyModels.config("llama", 2, false, true, false);
        Map<String, HostTensor> w = TinyModels.weights(c, 1);
        w.remove(WeightLayout.layer(1, "mlp.up_proj.weight"));
        Weights.fromHost(c, w, Device.cpu());
    }

    @Test
    public void configParsesHuggingFaceFields() {
        ModelConfig c = ModelConfig.parse("{\"model_type\":\"llama\",\"vocab_size\":128256,\"hidden_size\":2048,"
                + "\"intermediate_size\":8192,\"num_hidden_layers\":16,\"num_attention_heads\":32,"
                + "\"num_key_value_heads\":8,\"rms_norm_eps\":1e-05,\"rope_theta\":500000.0,"
                + "\"rope_scaling\":{\"factor\":32.0,\"high_freq_factor\":4.0,\"low_freq_factor\":1.0,"
                + "\"original_max_position_embeddings\":8192,\"rope_type\":\"llama3\"},\"tie_word_embeddings\":true,"
                + "\"eos_token_id\":[128001,128008,128009],\"bos_token_id\":128000}");
        assertEquals(64, c.headDim());
        assertEquals(List.of(128001, 128008, 128009), c.eosTokenIds());
        assertEquals("llama3", c.ropeScaling().type());
        assertEquals(32.0, c.ropeScaling().factor(), 0);
        assertTrue(c.tieWordEmbeddings());
        assertEquals(false, c.qkvBias());
        ModelConfig back = ModelConfig.parse(TinyModels.config("qwen2", 2, true, true, false).toJson());
        assertTrue(back.qkvBias());
        assertEquals(8, back.headDim());
    }
}
