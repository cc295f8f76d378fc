package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class GenerationTest {

    private static DjlPolicy free;
    private static DjlPolicy constrained;
    static final Conversation CONV = new Conversation(List.of(new ChatMessage(Role.SYSTEM, "You call tools."),
            new ChatMessage(Role.USER, "What is the weather in Paris?")), TestTools.tools());

    @BeforeClass
    public static void load() {
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(), 21).write(TinyModels.tempDir("gen"));
        free = new DjlPolicy(dir, PolicyOptions.defaults("free"));
        constrained = new DjlPolicy(dir, PolicyOptions.defaults("constrained").withConstrained(true).withMaxTextBytes(120));
    }

    @AfterClass
    public static void close() {
        free.close();
        constrained.close();
    }

    static SamplingParams params(int n, double temp, int max, long seed, List<String> stop) {
        return new SamplingParams(n, temp, 1.0, 0, max, stop, seed);
    }

    @Test
    public void samplingIsReproducibleForASeed() {
        List<Completion> a = free.complete(List.of(CONV), params(4, 1.0, 24, 5, List.of())).get(0);
        List<Completion> b = free.complete(List.of(CONV), params(4, 1.0, 24, 5, List.of())).get(0);
        List<Completion> c = free.complete(List.of(CONV), params(4, 1.0, 24, 6, List.of())).get(0);
        assertEquals(a, b);
        assertNotEquals(a, c);
        Set<List<Integer>> distinct = new HashSet<>();
        a.forEach(x -> distinct.add(x.tokenIds()));
        assertTrue("n samples from one prefill differ", distinct.size() > 1);
        for (Completion x : a) {
            assertEquals(24, x.tokenIds().size());
            assertTrue(x.truncated());
            assertEquals(x.tokenIds().size(), x.logProbs().size());
        }
    }

    @Test
    public void logProbsMatchARecomputedForwardPass() {
        long[] prompt = free.tokenizer().encode(free.tokenizer().prompt(CONV));
        // at temperature 1 the recorded log-probability is the log of the engine's softmax; otherwise its log-softmax
        for (double temperature : new double[] {0.8, 1.0}) {
            for (Completion c : free.complete(List.of(CONV), params(3, temperature, 16, 9, List.of())).get(0)) {
                float[] recomputed = recompute(free.model(), prompt, c.tokenIds());
                for (int j = 0; j < recomputed.length; j++) {
                    assertEquals("T " + temperature + " token " + j, recomputed[j], c.logProbs().get(j), 1e-4f);
                }
            }
        }
    }

    @Test
    public void greedyPicksTheArgmax() {
        long[] prompt = free.tokenizer().encode(free.tokenizer().prompt(CONV));
        Completion c = free.complete(List.of(CONV), params(1, 0, 8, 1, List.of())).get(0).get(0);
        float[] lp = recompute(free.model(), prompt, c.tokenIds());
        float[][] all = allLogProbs(free.model(), prompt, c.tokenIds());
        for (int j = 0; j < lp.length; j++) {
            for (float other : all[j]) {
                assertTrue(other <= lp[j] + 1e-6f);
            }
        }
    }

    @Test
    public void leftPaddedBatchMatchesSeparateGeneration() {
        Conversation other = new Conversation(List.of(new ChatMessage(Role.USER, "ls")), TestTools.tools());
        List<List<Completion>> both = free.complete(List.of(CONV, other), params(2, 0.9, 12, 8, List.of()));
        List<Completion> first = free.complete(List.of(CONV), params(2, 0.9, 12, 8, List.of())).get(0);
        long[] prompt = free.tokenizer().encode(free.tokenizer().prompt(other));
        assertEquals(first.get(0).tokenIds(), both.get(0).get(0).tokenIds());
        for (Completion c : both.get(1)) {
            float[] lp = recompute(free.model(), prompt, c.tokenIds());
            for (int j = 0; j < lp.length; j++) {
                assertEquals(lp[j], c.logProbs().get(j), 1e-4f);
            }
        }
    }

    static float[] recompute(CausalLm lm, long[] prompt, List<Integer> completion) {
        float[][] all = allLogProbs(lm, prompt, completion);
        float[] out = new float[completion.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = all[j][completion.get(j)];
        }
        return out;
    }

    /** Log-softmax rows of the positions that predict each completion token. */
    static float[][] allLogProbs(CausalLm lm, long[] prompt, List<Integer> completion) {
        long[] ids = new long[prompt.length + completion.size()];
        long[] pos = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i < prompt.length ? prompt[i] : completion.get(i - prompt.length);
            pos[i] = i;
        }
        return DjlRuntime.call(() -> {
            try (NDManager m = lm.weights().manager().newSubManager(); NDScope s = new NDScope()) {
                float[] flat = lm.forward(m, new long[][] {ids}, new long[][] {pos}, null, null).logSoftmax(-1)
                        .toFloatArray();
                int v = flat.length / ids.length;
                float[][] out = new float[completion.size()][];
                for (int j = 0; j < out.length; j++) {
                    int row = prompt.length + j - 1;
                    out[j] = java.util.Arrays.copyOfRange(flat, row * v, (row + 1) * v);
                }
                return out;
            }
        });
    }

    @Test
    public void constrainedDecodingFromARandomModelIsAlwaysWellFormed() {
        ResponseGrammar grammar = new ResponseGrammar(TestTools.tools(), 120, 64);
        List<Completion> out = constrained.complete(List.of(CONV), params(8, 1.0, 500, 3, List.of())).get(0);
        int calls = 0;
        for (Completion c : out) {
            assertFalse(c.text(), c.truncated());
            assertTrue(c.text(), grammar.accepts(c.text()));
            assertTrue("ends with EOS", constrained.tokenizer().eosIds().contains(
                    c.tokenIds().get(c.tokenIds().size() - 1)));
            int open = c.text().indexOf("<tool_call>");
            if (open >= 0) {
                String body = c.text().substring(open + 11, c.text().indexOf("</tool_call>"));
                JsonArray arr = JsonParser.parseString(body).getAsJsonArray();
                arr.forEach(e -> assertTrue(Set.of("get_weather", "ls").contains(
                        e.getAsJsonObject().get("name").getAsString())));
                calls++;
            }
        }
        System.out.println("constrained: " + calls + "/8 tool calls, e.g. " + out.get(0).text());
    }

    @Test
    public void stopStringsEndGeneration() {
        for (Completion c : constrained.complete(List.of(CONV), params(3, 1.0, 300, 4, List.of("</think>"))).get(0)) {
            assertTrue(c.text(), c.text().endsWith("</think>"));
            assertFalse(c.truncated());
        }
    }
}
