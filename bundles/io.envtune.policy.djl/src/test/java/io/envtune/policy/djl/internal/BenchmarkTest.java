package io.envtune.policy.djl.internal;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.GrpoSettings;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.Assume;
import org.junit.Test;

/**
 * Throughput figures, printed; skipped unless {@code -Denvtune.bench=true} ({@code =large} adds a ~100M-parameter
 * random Qwen2-style model).
 */
public class BenchmarkTest {

    @Test
    public void throughput() {
        String mode = System.getProperty("envtune.bench", "");
        Assume.assumeTrue(!mode.isEmpty());
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 1).write(TinyModels.tempDir("bench"));
        try (DjlPolicy p = new DjlPolicy(dir, PolicyOptions.defaults("bench").withGrpo(GrpoSettings.builtin()))) {
            System.out.println("built-in model " + p.model().config());
            decode("built-in", p.model(), p.tokenizer().eosIds());
            grpo(p);
        }
        if ("large".equals(mode)) {
            ModelConfig c = new ModelConfig("qwen2", 32000, 768, 2048, 12, 12, 2, 64, 1e-6, 1e6, null, true, true,
                    false, 4096, -1, List.of(31999));
            CausalLm lm = new CausalLm(c, Weights.fromHost(c, BuiltinFiles.initialWeights(c, 3), Device.cpu()));
            try {
                decode("~100M qwen2-style", lm, java.util.Set.of());
            } finally {
                lm.weights().close();
            }
        }
    }

    private static void decode(String label, CausalLm lm, java.util.Set<Integer> eos) {
        long[] prompt = new SplittableRandom(1).longs(512, 0, 200).toArray();
        com.google.gson.JsonObject tok = new com.google.gson.JsonObject();
        tok.add("model", new com.google.gson.JsonObject());
        TokenBytes bytes = TokenBytes.of(tok, lm.config().vocabSize());
        Generator g = new Generator(lm, bytes, java.util.Set.of());
        g.generate(prompt, new Generator.Request(1, 4, new Sampler(1, 1, 0), List.of(), null, 0)); // warm-up
        long t0 = System.nanoTime();
        g.generate(prompt, new Generator.Request(1, 1, new Sampler(1, 1, 0), List.of(), null, 0));
        double prefill = (System.nanoTime() - t0) / 1e9;
        for (int batch : new int[] {1, 16}) {
            int n = 64;
            long t = System.nanoTime();
            g.generate(prompt, new Generator.Request(batch, n, new Sampler(1, 1, 0), List.of(), null, 0));
            double s = (System.nanoTime() - t) / 1e9 - prefill;
            System.out.printf("%s: prefill 512 tokens %.3f s; batch %d decode %.1f tokens/s (KV cache, 512 context)%n",
                    label, prefill, batch, batch * n / s);
        }
        long[] pos = new long[513];
        long[] ids = new long[513];
        for (int i = 0; i < 513; i++) {
            pos[i] = i;
            ids[i] = i < 512 ? prompt[i] : 1;
        }
        long t = System.nanoTime();
        int reps = 3;
        for (int r = 0; r < reps; r++) {
            DjlRuntime.run(() -> {
                try (NDManager m = lm.weights().manager().newSubManager(); NDScope s = new NDScope()) {
                    lm.forward(m, new long[][] {ids}, new long[][] {pos}, null, null).toFloatArray();
                }
            });
        }
        System.out.printf("%s: batch 1 without KV cache (recompute 513 tokens) %.1f tokens/s%n", label,
                reps / ((System.nanoTime() - t) / 1e9));
    }

    private static void grpo(DjlPolicy p) {
        List<Conversation> prompts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            prompts.add(new Conversation(List.of(new ChatMessage(Role.SYSTEM, "You are an expert in composing "
                    + "functions. Use the tools.".repeat(4)), new ChatMessage(Role.USER, "Task number " + i)),
                    TestTools.tools()));
        }
        for (int step = 0; step < 3; step++) {
            long t = System.nanoTime();
            List<List<Completion>> out = p.complete(prompts, new SamplingParams(8, 1, 1, 0, 64, List.of(), step));
            double gen = (System.nanoTime() - t) / 1e9;
            List<ScoredGroup> groups = new ArrayList<>();
            int tokens = 0;
            for (int i = 0; i < prompts.size(); i++) {
                List<ScoredRollout> rs = new ArrayList<>();
                for (int j = 0; j < out.get(i).size(); j++) {
                    Completion c = out.get(i).get(j);
                    tokens += c.tokenIds().size();
                    rs.add(new ScoredRollout(LearningTest.record(), j % 2, List.of(new TrainingSegment(prompts.get(i),
                            c))));
                }
                groups.add(new ScoredGroup("t" + i, rs));
            }
            t = System.nanoTime();
            p.update(groups);
            double upd = (System.nanoTime() - t) / 1e9;
            System.out.printf("built-in GRPO step (4 prompts x 8 samples, %d sampled tokens): sampling %.2f s "
                    + "(%.0f tokens/s), update %.2f s%n", tokens, gen, tokens / gen, upd);
        }
    }
}
