package io.envtune.policy.djl.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.envtune.api.ChatMessage;
import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Role;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import io.envtune.policy.djl.GrpoSettings;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GrpoLossTest {

    private static final GrpoSettings S = GrpoSettings.defaults();

    @Test
    public void advantagesAreGroupNormalisedWithSampleStd() {
        // rewards 1, 0, 0, 1: mean 0.5, sample std sqrt(1/3) = 0.57735
        double[] a = GrpoMath.advantages(new double[] {1, 0, 0, 1});
        double expected = 0.5 / (Math.sqrt(1.0 / 3) + 1e-6);
        assertArrayEquals(new double[] {expected, -expected, -expected, expected}, a, 1e-9);
        assertEquals(0.8660246, a[0], 1e-6);
        assertArrayEquals(new double[] {0, 0, 0}, GrpoMath.advantages(new double[] {2, 2, 2}), 0);
        assertTrue(GrpoMath.zeroSignal(new double[] {0.5, 0.5}));
        assertFalse(GrpoMath.zeroSignal(new double[] {0.5, 0.25}));
    }

    @Test
    public void clippingAndDualClipMatchHandValues() {
        double ln = Math.log(1.5); // ratio 1.5
        // A = +1, ratio 1.5: max(-1.5, -1.28) = -1.28 (upper clip active)
        assertEquals(-1.28, GrpoMath.pgLoss(ln, 0, 1, S), 1e-12);
        assertTrue(GrpoMath.clipped(ln, 0, 1, S));
        // A = +1, ratio 0.5: max(-0.5, -0.8) = -0.5 (no clip for improving direction)
        assertEquals(-0.5, GrpoMath.pgLoss(Math.log(0.5), 0, 1, S), 1e-12);
        assertFalse(GrpoMath.clipped(Math.log(0.5), 0, 1, S));
        // A = -1, ratio 0.5: max(0.5, 0.8) = 0.8 (lower clip 1 - 0.2)
        assertEquals(0.8, GrpoMath.pgLoss(Math.log(0.5), 0, -1, S), 1e-12);
        // A = -1, ratio 20: max(20, 1.28) = 20, dual clip min(20, 10) = 10
        assertEquals(10.0, GrpoMath.pgLoss(Math.log(20), 0, -1, S), 1e-9);
        // A = -2, ratio 3: max(6, 2.56) = 6 < 20 -> 6
        assertEquals(6.0, GrpoMath.pgLoss(Math.log(3), 0, -2, S), 1e-9);
    }

    @Test
    public void k3KlMatchesHandValues() {
        assertEquals(0, GrpoMath.k3(-1.2, -1.2), 0);
        // ref - logp = 0.5: e^0.5 - 0.5 - 1 = 0.14872127
        assertEquals(0.14872127, GrpoMath.k3(-1.0, -0.5), 1e-8);
        // ref - logp = -0.5: e^-0.5 + 0.5 - 1 = 0.10653066
        assertEquals(0.10653066, GrpoMath.k3(-0.5, -1.0), 1e-8);
        assertEquals(10, GrpoMath.k3(-30, 0), 0);
    }

    @Test
    public void arrayLossEqualsScalarDefinition() {
        float[] logp = {-1.0f, -0.3f, -2.5f, -0.7f, -4f};
        float[] old = {-1.4f, -0.3f, -0.2f, -0.7f, -1f};
        float[] adv = {1f, -0.5f, -1f, 0f, 2f};
        float[] ref = {-1.1f, -0.2f, -2.0f, -0.9f, -3f};
        float[] ent = {1f, 2f, 0.5f, 0f, 3f};
        float[][] out = DjlRuntime.call(() -> {
            try (NDManager m = NDManager.newBaseManager(Device.cpu(), DjlRuntime.ENGINE)) {
                NDArray[] t = TokenLoss.terms(m.create(logp), m.create(old), m.create(adv), m.create(ref),
                        m.create(ent), S);
                return new float[][] {t[0].toFloatArray(), t[1].toFloatArray(), t[2].toFloatArray()};
            }
        });
        for (int i = 0; i < logp.length; i++) {
            double pg = GrpoMath.pgLoss(logp[i], old[i], adv[i], S);
            double kl = GrpoMath.k3(logp[i], ref[i]);
            assertEquals(pg, out[1][i], 1e-5);
            assertEquals(kl, out[2][i], 1e-5);
            assertEquals(pg + 0.1 * kl - 0.001 * ent[i], out[0][i], 1e-5);
        }
    }

    @Test
    public void onlyCompletionTokensAreSelected() {
        TrainBatch b = TrainBatch.of(List.of(
                TrainBatch.Item.of(new long[] {10, 11, 12}, new int[] {20, 21}, new float[] {-1, -2}, 0.5),
                TrainBatch.Item.of(new long[] {30}, new int[] {40, 41, 42}, new float[] {-3, -4, -5}, -1)));
        assertEquals(5, b.length());
        // row 0: context at 0..2, completion at 3..4 predicted by positions 2, 3; row 1: completion at 1..3
        assertArrayEquals(new long[] {2, 3, 5 + 0, 5 + 1, 5 + 2}, b.select());
        assertArrayEquals(new long[] {20, 21, 40, 41, 42}, b.targets());
        assertArrayEquals(new float[] {0.5f, 0.5f, -1, -1, -1}, b.adv(), 0);
        assertArrayEquals(new long[] {10, 11, 12, 20, 21}, b.ids()[0]);
        assertArrayEquals(new long[] {30, 40, 41, 42, 0}, b.ids()[1]);
    }

    private static ScoredRollout rollout(double reward, Completion c, Conversation ctx) {
        EpisodeRecord rec = new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1);
        return new ScoredRollout(rec, reward, List.of(new TrainingSegment(ctx, c)));
    }

    @Test
    public void groupsWithEqualRewardsAreCountedAndLeftOut() {
        Conversation ctx = new Conversation(List.of(new ChatMessage(Role.USER, "hi")), List.of());
        Completion c = new Completion("x", List.of(5, 6), List.of(-1f, -2f), false);
        GroupBatch gb = GroupBatch.of(List.of(
                new ScoredGroup("a", List.of(rollout(1, c, ctx), rollout(1, c, ctx))),
                new ScoredGroup("b", List.of(rollout(1, c, ctx), rollout(0, c, ctx)))),
                conv -> new long[] {1, 2, 3}, 100);
        assertEquals(1, gb.zeroSignalGroups());
        assertEquals(2, gb.items().size());
        assertArrayEquals(new int[] {5, 6}, gb.items().get(0).completion());
        assertEquals(1 / (Math.sqrt(0.5) + 1e-6) * 0.5, gb.items().get(0).advantage(), 1e-9);
    }

    @Test
    public void anEpisodesResponsesShareOneSequenceWhileEachContextContinuesTheLast() {
        Conversation c1 = new Conversation(List.of(new ChatMessage(Role.USER, "one")), List.of());
        Conversation c2 = new Conversation(List.of(new ChatMessage(Role.USER, "two")), List.of());
        Conversation c3 = new Conversation(List.of(new ChatMessage(Role.USER, "three")), List.of());
        Map<Conversation, long[]> contexts = Map.of(c1, new long[] {1, 2}, c2, new long[] {1, 2, 7, 8, 3},
                c3, new long[] {1, 9, 9});
        Completion a = new Completion("a", List.of(7, 8), List.of(-1f, -2f), false);
        Completion b = new Completion("b", List.of(4), List.of(-3f), false);
        Completion d = new Completion("d", List.of(5, 6), List.of(-4f, -5f), false);
        EpisodeRecord rec = new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1);
        ScoredRollout three = new ScoredRollout(rec, 1, List.of(new TrainingSegment(c1, a), new TrainingSegment(c2, b),
                new TrainingSegment(c3, d)));
        GroupBatch gb = GroupBatch.of(List.of(new ScoredGroup("t", List.of(three, rollout(0, a, c1)))),
                contexts::get, 100);
        assertEquals("segments 1+2 merged, 3 (context does not continue) alone, plus the other rollout", 3,
                gb.items().size());
        TrainBatch.Item merged = gb.items().get(0);
        assertArrayEquals(new long[] {1, 2, 7, 8, 3, 4}, merged.tokens());
        assertArrayEquals(new int[] {2, 3, 5}, merged.lossAt());
        assertArrayEquals(new float[] {-1, -2, -3}, merged.oldLogProbs(), 0);
        assertArrayEquals(new long[] {1, 9, 9, 5, 6}, gb.items().get(1).tokens());
        assertEquals(merged.advantage(), gb.items().get(1).advantage(), 0);
        // The ids to train on, straight from the completions: the merged sequence's check compares with these.
        assertArrayEquals(new int[] {7, 8, 4}, merged.sampled());
        TrainBatch batch = TrainBatch.of(gb.items());
        assertArrayEquals(new long[] {7, 8, 4, 5, 6, 7, 8}, batch.targets());
        assertArrayEquals(new long[] {1, 2, 4, 6 + 2, 6 + 3, 12 + 1, 12 + 2}, batch.select());
    }

    /**
     * The exactness check compares the packed batch with the ids the policy sampled, which an item keeps apart from
     * its assembled sequence: a sequence that holds other ids at a trained position (a context that overwrote the
     * response, a re-tokenised response) is refused, whatever the packing.
     */
    @Test
    public void aSequenceThatDriftedFromTheSampledIdsIsRefused() {
        long[] tokens = {10, 11, 12, 20, 99};
        TrainBatch.Item drifted = new TrainBatch.Item(tokens, new int[] {3, 4}, new float[] {-1, -2}, 0.5,
                new int[] {20, 21});
        TrainBatch.Item fine = TrainBatch.Item.of(new long[] {30}, new int[] {40}, new float[] {-3}, -1);
        try {
            TrainBatch.of(List.of(fine, drifted));
            org.junit.Assert.fail("a drifted sequence was accepted");
        } catch (IllegalStateException e) {
            assertEquals("training ids drifted from the sampled ids at sequence 1, token 1: sampled 21, trained on 99",
                    e.getMessage());
        }
        // The same sequence with the sampled ids in place passes, and its targets are those ids.
        tokens[4] = 21;
        TrainBatch ok = TrainBatch.of(List.of(fine, drifted));
        assertArrayEquals(new long[] {40, 20, 21}, ok.targets());
    }

    @Test
    public void completionsWithoutTokenIdsCannotBeTrained() {
        Conversation ctx = new Conversation(List.of(new ChatMessage(Role.USER, "hi")), List.of());
        try {
            GroupBatch.of(List.of(new ScoredGroup("a", List.of(rollout(1, Completion.ofText("x"), ctx),
                    rollout(0, Completion.ofText("y"), ctx)))), conv -> new long[] {1}, 100);
            org.junit.Assert.fail("completions without token ids were accepted");
        } catch (IllegalArgumentException e) {
            // Any other refusal (a bad index, a size mismatch) would pass an expected-exception test by accident.
            assertEquals("task a: a completion without token ids cannot be trained on (was it sampled by this "
                    + "policy?)", e.getMessage());
        }
    }
}
