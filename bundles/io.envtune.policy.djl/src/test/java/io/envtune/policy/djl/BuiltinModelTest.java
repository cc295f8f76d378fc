package io.envtune.policy.djl;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.policy.djl.internal.Checkpoints;
import io.envtune.policy.djl.internal.SafeTensors;
import io.envtune.policy.djl.internal.Weights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

public class BuiltinModelTest {

    @org.junit.Rule
    public org.junit.rules.TemporaryFolder tmp = new org.junit.rules.TemporaryFolder();

    Path temp(String prefix) throws Exception {
        return tmp.newFolder(prefix).toPath();
    }

    @Test
    public void writesLoadsEncodesAndRoundTrips() throws Exception {
        Path dir = temp("builtin");
        BuiltinModel spec = BuiltinModel.of(TestTools.tools(), List.of("What is the weather in Paris today?"), 5);
        try (LocalPolicy p = DjlPolicies.builtin(dir, spec, PolicyOptions.defaults("builtin"))) {
            for (String f : List.of("config.json", "tokenizer.json", "tokenizer_config.json", "model.safetensors")) {
                assertTrue(f, Files.isRegularFile(dir.resolve(f)));
            }
            for (String single : List.of("<think>", "</tool_call>", "get_weather", " city", "{\"", "\":", " \"",
                    " weather", " Paris", "<|im_end|>")) {
                assertEquals(single, 1, p.encode(single).size());
            }
            String any = "Ünïcödé ✓ text with unknown wordz_123 {\"x\": [1, 2.5e-3]}\n\ttabs";
            assertEquals(any, p.decode(p.encode(any)));
            String prompt = p.renderPrompt(new Conversation(List.of(new ChatMessage(Role.SYSTEM, "S"),
                    new ChatMessage(Role.USER, "Hi")), TestTools.tools()));
            assertEquals("<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n",
                    prompt);
            Path ckpt = temp("ckpt");
            p.save(ckpt);
            assertTrue(Files.isRegularFile(ckpt.resolve(Checkpoints.OPTIMIZER)));
            assertTrue(Files.isRegularFile(ckpt.resolve("tokenizer.json")));
            float[] before = SafeTensors.read(dir.resolve(Weights.SINGLE)).tensors().get("model.norm.weight")
                    .toFloats();
            assertArrayEquals(before, SafeTensors.read(ckpt.resolve(Weights.SINGLE)).tensors()
                    .get("model.norm.weight").toFloats(), 0f);
            try (LocalPolicy again = DjlPolicies.load(ckpt, PolicyOptions.defaults("again"))) {
                List<Integer> ids = p.encode("<|im_start|>user\nweather<|im_end|>");
                assertEquals(p.generateIds(ids, 6), again.generateIds(ids, 6));
            }
        }
    }

    @Test
    public void sameSeedWritesSameWeights() throws Exception {
        BuiltinModel spec = BuiltinModel.of(TestTools.tools(), List.of(), 9);
        Path a = spec.write(temp("a"));
        Path b = spec.write(temp("b"));
        assertArrayEquals(Files.readAllBytes(a.resolve(Weights.SINGLE)), Files.readAllBytes(b.resolve(Weights.SINGLE)));
        assertArrayEquals(Files.readAllBytes(a.resolve("tokenizer.json")), Files.readAllBytes(b.resolve("tokenizer.json")));
    }
}
