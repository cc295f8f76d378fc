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
 * Throughput (wall and thread CPU time) and peak-memory figures (medians of {@code -Denvtune.bench.reps=5} runs),
 * printed; skipped unless {@code -Denvtune.bench=true} ({@code =large} adds a ~100M-parameter random Qwen2-style
 * model). Memory is the process's resident set (PyTorch tensors live outside the Java heap) and the Java heap, each
 * as its peak over the phase.
 */
public class BenchmarkTest {

    @Test
    public void throughput() {
        String mode = System.getProperty("envtune.bench", "");
        Assume.assumeTrue(!mode.isEmpty());
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 1).write(TinyModels.tempDir("bench"));
        PeakMemory.reset();
        System.out.printf("JVM started, engine not loaded: %s%n", PeakMemory.report());
        try (DjlPolicy p = new DjlPolicy(dir, PolicyOptions.defaults("bench").withGrpo(GrpoSettings.builtin()))) {
            System.out.println("built-in model " + p.model().config());
            decode("built-in", p.model());
            grpo(p);
        }
        if ("large".equals(mode)) {
            ModelConfig c = new ModelConfig("qwen2", 32000, 768, 2048, 12, 12, 2, 64, 1e-6, 1e6, null, true, true,
                    false, 4096, -1, List.of(31999));
            PeakMemory.reset();
            CausalLm lm = new CausalLm(c, Weights.fromHost(c, BuiltinFiles.initialWeights(c, 3), Device.cpu()));
            try {
                decode("~100M qwen2-style", lm);
            } finally {
                lm.weights().close();
            }
        }
    }

    /** Repetitions per figure; each printed figure is the median. */
    private static final int REPS = Integer.getInteger("envtune.bench.reps", 5);

    private static void decode(String label, CausalLm lm) {
        long[] prompt = new SplittableRandom(1).longs(512, 0, 200).toArray();
        // no EOS: every sequence runs the whole budget, so tokens/s counts what was decoded
        DecodingModel decoding = new DecodingModel(lm); // as DjlPolicy samples: packed weights, scripted step
        Generator g = new Generator(decoding, TokenBytes.empty(lm.config().vocabSize()), java.util.Set.of());
        System.out.printf("%s: loaded: %s%n", label, PeakMemory.report());
        g.generate(prompt, request(1, 4)); // warm-up
        g.generate(prompt, request(16, 4)); // warm-up (packs the weights, compiles the scripted step)
        System.out.printf("%s: packed weights: %s; scripted step: %s; %s%n", label,
                decoding.unavailable() == null ? "yes" : "no (" + decoding.unavailable() + ")",
                decoding.scriptUnavailable() == null ? "yes" : "no (" + decoding.scriptUnavailable() + ")",
                PeakMemory.report());
        PeakMemory.reset();
        Timing prefill = median(() -> g.generate(prompt, request(1, 1)));
        System.out.printf("%s: prefill 512 tokens %.3f s wall, %.3f s CPU (medians of %d); %s%n", label,
                prefill.wall(), prefill.cpu(), REPS, PeakMemory.report());
        for (int batch : new int[] {1, 16}) {
            int n = 64;
            PeakMemory.reset();
            Timing t = median(() -> g.generate(prompt, request(batch, n)));
            System.out.printf("%s: batch %d decode %.1f tokens/s wall, %.1f tokens/s CPU (KV cache, 512 context, %d "
                    + "tokens each); %s%n", label, batch, batch * n / (t.wall() - prefill.wall()),
                    batch * n / (t.cpu() - prefill.cpu()), n, PeakMemory.report());
        }
        long[] pos = new long[513];
        long[] ids = new long[513];
        for (int i = 0; i < 513; i++) {
            pos[i] = i;
            ids[i] = i < 512 ? prompt[i] : 1;
        }
        Timing recompute = median(() -> DjlRuntime.run(() -> {
            try (NDManager m = lm.weights().manager().newSubManager(); NDScope s = new NDScope()) {
                lm.forward(m, new long[][] {ids}, new long[][] {pos}, null, null).get(":, -1, :").toFloatArray();
            }
        }));
        System.out.printf("%s: batch 1 without KV cache (recompute 513 tokens) %.1f tokens/s wall, %.1f CPU%n", label,
                1 / recompute.wall(), 1 / recompute.cpu());
        decoding.close();
    }

    private static Generator.Request request(int n, int tokens) {
        return new Generator.Request(n, tokens, new Sampler(1, 1, 0), List.of(), null, 0);
    }

    /**
     * Medians of one measurement, in seconds: wall time, and this thread's CPU time. With one PyTorch thread every
     * operation runs on the calling thread, so the CPU time is the work done, much less disturbed than the wall time
     * when other processes share the cores.
     */
    private record Timing(double wall, double cpu) {
    }

    private static Timing median(Runnable body) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wall = new double[REPS];
        double[] cpu = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            body.run();
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new Timing(wall[REPS / 2], cpu[REPS / 2]);
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
