package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

/** Hugging Face config.json fields as transformers 4 and 5 write them. */
public class ModelConfigTest {

    private static final String BASE = "\"model_type\":\"qwen2\",\"vocab_size\":100,\"hidden_size\":32,"
            + "\"intermediate_size\":64,\"num_hidden_layers\":2,\"num_attention_heads\":4,\"num_key_value_heads\":2";

    @Test
    public void transformers5RopeParametersGiveThetaAndScaling() {
        ModelConfig plain = ModelConfig.parse("{" + BASE + ",\"rope_parameters\":{\"rope_theta\":1000000.0,"
                + "\"rope_type\":\"default\"}}");
        assertEquals(1e6, plain.ropeTheta(), 0);
        assertEquals("default", plain.ropeScaling().type());
        ModelConfig llama3 = ModelConfig.parse("{" + BASE + ",\"rope_parameters\":{\"rope_theta\":500000.0,"
                + "\"rope_type\":\"llama3\",\"factor\":32.0,\"low_freq_factor\":1.0,\"high_freq_factor\":4.0,"
                + "\"original_max_position_embeddings\":8192}}");
        assertEquals(5e5, llama3.ropeTheta(), 0);
        assertEquals("llama3", llama3.ropeScaling().type());
        assertEquals(32.0, llama3.ropeScaling().factor(), 0);
    }

    @Test
    public void transformers4FieldsStillWinAndDefaultsFollowHuggingFace() {
        ModelConfig c = ModelConfig.parse("{" + BASE + ",\"rope_theta\":1000000.0,\"rope_scaling\":null,"
                + "\"eos_token_id\":7}");
        assertEquals(1e6, c.ropeTheta(), 0);
        assertNull(c.ropeScaling());
        assertEquals(java.util.List.of(7), c.eosTokenIds());
        assertTrue("qwen2 always has q/k/v biases", c.qkvBias());
        assertEquals("Qwen2Config and LlamaConfig default to untied embeddings", false, c.tieWordEmbeddings());
        assertEquals(1e-6, c.rmsNormEps(), 0);
    }

    @Test
    public void unsupportedActivationsAndMlpBiasAreRejected() {
        for (String extra : new String[] {"\"hidden_act\":\"gelu\"", "\"mlp_bias\":true"}) {
            try {
                ModelConfig.parse("{" + BASE + "," + extra + "}");
                fail(extra);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("not supported"));
            }
        }
        assertEquals(32, ModelConfig.parse("{" + BASE + ",\"hidden_act\":\"silu\",\"mlp_bias\":false}")
                .hiddenSize());
    }
}
