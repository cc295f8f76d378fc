package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Role;
import io.envtune.api.SamplingParams;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import io.envtune.api.UpdateStats;
import io.envtune.policy.djl.BuiltinModel;
import io.envtune.policy.djl.GrpoSettings;
import io.envtune.policy.djl.PolicyOptions;
import io.envtune.policy.djl.TestTools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Trainer fidelity: under constrained decoding the sampled and the recomputed log-probabilities come from the same
 * masked, renormalised distribution; the KL reference is a frozen copy of the weights training started from, and
 * its weight β is the one configured.
 */
public class ConstrainedFidelityTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static final Conversation ASK = new Conversation(List.of(new ChatMessage(Role.SYSTEM, "Use the tools."),
        new ChatMessage(Role.USER, "What is the weather in Paris?")), TestTools.tools());

    private DjlPolicy policy(Path dir, boolean constrained, double beta) {
        return new DjlPolicy(dir, PolicyOptions.defaults("b").withConstrained(constrained)
            .withGrpo(GrpoSettings.builtin().withKlBeta(beta)).withMaxTextBytes(16));
    }

    private Path model() throws Exception {
        return BuiltinModel.of(TestTools.tools(), List.of("What is the weather in Paris?"), 3)
            .write(tmp.newFolder().toPath());
    }

    private static List<Completion> sample(DjlPolicy p, int n, long seed) {
        List<Completion> out = new ArrayList<>();
        for (List<Completion> c : p.complete(java.util.Collections.nCopies(n, ASK),
            new SamplingParams(1, 1.0, 1.0, 0, 96, List.of(), seed))) {
            out.add(c.get(0));
        }
        return out;
    }

    /** The trainer's log-probabilities of a completion's tokens, with or without the grammar's mask. */
    private static float[] recomputed(DjlPolicy p, Completion c, boolean masked) {
        long[] ctx = p.tokenizer().encode(p.tokenizer().prompt(ASK));
        int[] ids = c.tokenIds().stream().mapToInt(Integer::intValue).toArray();
        float[] old = new float[ids.length];
        TrainBatch.Item plain = TrainBatch.Item.of(ctx, ids, old, 0);
        TokenMask mask = new TokenMask(p.tokenizer().bytes(), p.tokenizer().eosIds());
        TrainBatch b = TrainBatch.of(List.of(!masked ? plain : new TrainBatch.Item(plain.tokens(), plain.lossAt(),
            old, 0, ids, mask.replay(new ResponseGrammar(ASK.tools(), 16, 16), ids, p.model().config().vocabSize()))));
        return DjlRuntime.call(() -> {
            try (NDManager m = p.model().weights().manager().newSubManager();
                 KvCache cache = new KvCache(p.model().config().layers())) {
                NDArray select = m.create(b.select());
                NDArray targets = m.create(b.targets()).reshape(b.select().length, 1);
                return GrpoTrainer.tokenLogProbs(p.model(), m, b, select, targets, cache)[0].toFloatArray();
            }
        });
    }

    @Test
    public void sampledAndRecomputedLogProbsComeFromTheSameMaskedDistribution() throws Exception {
        try (DjlPolicy p = policy(model(), true, 0.1)) {
            int forced = 0;
            for (Completion c : sample(p, 3, 11)) {
                assertFalse(c.tokenIds().isEmpty());
                float[] masked = recomputed(p, c, true);
                float[] full = recomputed(p, c, false);
                for (int j = 0; j < masked.length; j++) {
                    assertEquals("token " + j + " of " + c.text(), c.logProbs().get(j), masked[j], 2e-3);
                    assertTrue("renormalising over a subset never lowers a log-probability",
                        masked[j] >= full[j] - 1e-4);
                    forced += masked[j] > full[j] + 0.5 ? 1 : 0;
                }
            }
            assertTrue("the grammar changes the distribution of many tokens: " + forced, forced > 10);
        }
    }

    @Test
    public void anOnPolicyUpdateUnderTheGrammarSeesRatiosOfOne() throws Exception {
        try (DjlPolicy p = policy(model(), true, 0.1)) {
            UpdateStats s = p.update(List.of(group(sample(p, 4, 5))));
            assertTrue(s.tokens() > 0);
            assertEquals("sampled and recomputed log-probabilities agree, so nothing is clipped", 0,
                s.clipFraction(), 0);
            assertEquals("the policy is still its reference", 0, s.kl(), 1e-6);
        }
    }

    @Test
    public void theKlReferenceIsTheFrozenStartingModelAndBetaIsTheConfiguredWeight() throws Exception {
        Path dir = model();
        try (DjlPolicy zero = policy(dir, false, 0); DjlPolicy one = policy(dir, false, 1.0)) {
            List<Completion> first = sample(zero, 4, 21);
            // KL and its gradient vanish while the policy equals its reference: the first steps are identical
            UpdateStats a0 = zero.update(List.of(group(first)));
            UpdateStats a1 = one.update(List.of(group(first)));
            assertEquals(a0.loss(), a1.loss(), 1e-6);
            Map<String, HostTensor> start = Weights.readFolder(dir);
            for (DjlPolicy p : List.of(zero, one)) {
                Map<String, HostTensor> ref = p.referenceWeights().toHost();
                Map<String, HostTensor> now = p.model().weights().toHost();
                boolean moved = false;
                for (String name : start.keySet()) {
                    assertArrayEquals(name, start.get(name).toFloats(), ref.get(name).toFloats(), 0f);
                    moved |= !java.util.Arrays.equals(start.get(name).toFloats(), now.get(name).toFloats());
                }
                assertTrue("the policy trained away from its reference", moved);
            }
            List<Completion> second = sample(zero, 4, 22);
            UpdateStats b0 = zero.update(List.of(group(second)));
            UpdateStats b1 = one.update(List.of(group(second)));
            assertTrue("the trained policy has drifted from the reference: " + b0.kl(), b0.kl() > 1e-6);
            assertEquals(b0.kl(), b1.kl(), 1e-5);
            assertEquals("loss(β=1) − loss(β=0) is the mean KL", b0.kl(), b1.loss() - b0.loss(), 1e-4);
        }
    }

    /** One group of the completions to {@link #ASK}, rewarded 0, 1, 0, 1, …. */
    private static ScoredGroup group(List<Completion> completions) {
        List<ScoredRollout> rollouts = new ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
            EpisodeRecord r = new EpisodeRecord("e" + i, "t", "S", FeedbackMode.STANDARD, Map.of(), List.of(),
                List.of(), 1);
            rollouts.add(new ScoredRollout(r, i % 2, List.of(new TrainingSegment(ASK, completions.get(i)))));
        }
        return new ScoredGroup("t", rollouts);
    }
}
