package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.Role;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class PrefixCacheTest {

    private static final String LONG_SYSTEM = "You are an agent that calls tools to answer the user. Think first, then "
            + "call one or more tools, then answer with what the tools returned. The weather tool needs a city.";

    private static Conversation conv(String system, String user) {
        List<ChatMessage> m = new ArrayList<>();
        if (system != null) {
            m.add(new ChatMessage(Role.SYSTEM, system));
        }
        m.add(new ChatMessage(Role.USER, user));
        return new Conversation(m, TestTools.tools());
    }

    @Test
    public void cachedPrefixesGiveTheSameSamplesAsAFullPrefill() {
        Path dir = BuiltinModel.of(TestTools.tools(), List.of(LONG_SYSTEM), 33).write(TinyModels.tempDir("prefix"));
        try (DjlPolicy p = new DjlPolicy(dir, PolicyOptions.defaults("p"))) {
            List<Conversation> batch = List.of(conv(LONG_SYSTEM, "What is the weather in Paris?"),
                    conv(LONG_SYSTEM, "weather in Rome please, and in Oslo and in Lima too"),
                    conv(LONG_SYSTEM + " Be brief.", "Paris?"), conv(null, "What is the weather in Paris?"));
            List<long[]> prompts = new ArrayList<>();
            batch.forEach(c -> prompts.add(p.tokenizer().encode(p.tokenizer().prompt(c))));
            for (long seed : new long[] {3, 4}) {
                List<List<Completion>> cached = p.complete(batch, GenerationTest.params(2, 1.0, 12, seed, List.of()));
                Generator.Request req = new Generator.Request(2, 12, new Sampler(1.0, 1.0, 0), List.of(), null, seed);
                List<List<Generator.Sample>> full = p.generator().generate(prompts,
                        Collections.nCopies(prompts.size(), null), req);
                for (int c = 0; c < batch.size(); c++) {
                    for (int j = 0; j < 2; j++) {
                        Generator.Sample f = full.get(c).get(j);
                        Completion x = cached.get(c).get(j);
                        assertEquals("conversation " + c + " sample " + j, ids(f), x.tokenIds());
                        for (int t = 0; t < f.logProbs().length; t++) {
                            assertEquals(f.logProbs()[t], x.logProbs().get(t), 1e-4f);
                        }
                    }
                }
            }
            long[] counts = p.prefixes().counts();
            assertEquals("two distinct system prompts, computed once each", 2, counts[1]);
            assertEquals("every later use is a hit", 4, counts[0]);
        }
    }

    @Test
    public void theLayoutKeepsPositionsAndMasksPadding() {
        PromptLayout l = PromptLayout.of(List.of(new long[] {1, 2, 3, 4, 5}, new long[] {7, 8, 9}), new int[] {3, 0});
        assertEquals(3, l.prefixWidth());
        assertEquals(3, l.suffixWidth());
        assertArrayEquals(new long[] {0, 4, 5}, l.suffixIds()[0]);
        assertArrayEquals(new long[] {0, 3, 4}, l.suffixPos()[0]);
        assertArrayEquals(new long[] {7, 8, 9}, l.suffixIds()[1]);
        assertArrayEquals(new long[] {0, 1, 2}, l.suffixPos()[1]);
        assertArrayEquals(new boolean[] {true, true, true, false, true, true}, l.valid()[0]);
        assertArrayEquals(new boolean[] {false, false, false, true, true, true}, l.valid()[1]);
        assertTrue(l.padded());
    }

    private static List<Integer> ids(Generator.Sample s) {
        List<Integer> out = new ArrayList<>();
        for (int id : s.ids()) {
            out.add(id);
        }
        return out;
    }
}
