package io.envtune.policy.djl.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns scored groups into training sequences: group-normalised advantages per rollout; each model-generated segment
 * contributes its context (rendered and tokenised, masked) and its completion ids taken verbatim from the
 * {@link Completion}, never re-tokenised. Consecutive segments of a rollout share one sequence when the later context
 * starts with the earlier context and completion. Groups whose rewards are all equal are counted and left out.
 *
 * @param items the sequences
 * @param zeroSignalGroups the groups left out
 */
public record GroupBatch(List<TrainBatch.Item> items, int zeroSignalGroups) {

    /**
     * @param groups the scored groups
     * @param contextIds renders and tokenises a context (chat template with generation prompt)
     * @param vocabSize the model's vocabulary size (ids are checked against it)
     * @return the batch
     * @throws IllegalArgumentException when a completion has no token ids or mismatched log-probabilities: such a
     *         completion was not sampled by a token-level policy and cannot be trained on exactly
     */
    public static GroupBatch of(List<ScoredGroup> groups, Function<Conversation, long[]> contextIds, int vocabSize) {
        return of(groups, contextIds, vocabSize, null);
    }

    /**
     * As {@link #of(List, Function, int)} for completions sampled under a grammar.
     *
     * @param groups the scored groups
     * @param contextIds renders and tokenises a context (chat template with generation prompt)
     * @param vocabSize the model's vocabulary size (ids are checked against it)
     * @param masks for a context and its completion's ids, the set each id was drawn from (the trainer renormalises
     *              over it, as sampling did); null when decoding was unconstrained
     * @return the batch
     */
    public static GroupBatch of(List<ScoredGroup> groups, Function<Conversation, long[]> contextIds, int vocabSize,
                                BiFunction<Conversation, int[], BitSet[]> masks) {
        List<TrainBatch.Item> items = new ArrayList<>();
        Map<Conversation, long[]> cache = new HashMap<>();
        int zero = 0;
        for (ScoredGroup g : groups) {
            double[] rewards = g.rollouts().stream().mapToDouble(ScoredRollout::reward).toArray();
            if (rewards.length < 2 || GrpoMath.zeroSignal(rewards)) {
                zero++;
                continue;
            }
            double[] adv = GrpoMath.advantages(rewards);
            for (int i = 0; i < rewards.length; i++) {
                Sequence seq = null;
                for (TrainingSegment s : g.rollouts().get(i).segments()) {
                    long[] ctx = cache.computeIfAbsent(s.context(), contextIds);
                    int[] ids = ids(s.completion(), vocabSize, g.taskId());
                    float[] lps = logProbs(s.completion());
                    if (seq == null || !seq.extendsTo(ctx)) {
                        if (seq != null) {
                            items.add(seq.item(adv[i]));
                        }
                        seq = new Sequence();
                    }
                    seq.add(ctx, ids, lps, masks == null ? null : masks.apply(s.context(), ids));
                }
                if (seq != null) {
                    items.add(seq.item(adv[i]));
                }
            }
        }
        return new GroupBatch(items, zero);
    }

    /**
     * One episode's responses gathered into one sequence while each new context continues the sequence so far
     * (earlier context, then the earlier response's sampled ids verbatim): one forward pass then scores them all,
     * instead of one pass per response over a context that repeats the previous one.
     */
    private static final class Sequence {
        private long[] tokens = new long[0];
        private final List<Integer> lossAt = new ArrayList<>();
        private final List<Float> old = new ArrayList<>();
        private final List<Integer> sampled = new ArrayList<>();
        private final List<BitSet> allowed = new ArrayList<>();
        private boolean masked;

        /** Whether a context starts with the whole sequence so far. */
        boolean extendsTo(long[] context) {
            return context.length >= tokens.length
                    && java.util.Arrays.equals(tokens, 0, tokens.length, context, 0, tokens.length);
        }

        /** Appends the rest of a context (all of it when empty so far) and a response. */
        void add(long[] context, int[] completion, float[] logProbs, BitSet[] masks) {
            long[] next = java.util.Arrays.copyOf(context, context.length + completion.length);
            masked |= masks != null;
            for (int j = 0; j < completion.length; j++) {
                next[context.length + j] = completion[j];
                lossAt.add(context.length + j);
                old.add(logProbs[j]);
                sampled.add(completion[j]);
                allowed.add(masks == null ? null : masks[j]);
            }
            tokens = next;
        }

        TrainBatch.Item item(double advantage) {
            int[] at = lossAt.stream().mapToInt(Integer::intValue).toArray();
            float[] lps = new float[old.size()];
            for (int k = 0; k < lps.length; k++) {
                lps[k] = old.get(k);
            }
            return new TrainBatch.Item(tokens, at, lps, advantage,
                    sampled.stream().mapToInt(Integer::intValue).toArray(),
                    masked ? allowed.toArray(new BitSet[0]) : null);
        }
    }

    private static int[] ids(Completion c, int vocabSize, String task) {
        if (c.tokenIds().isEmpty() && !c.text().isEmpty()) {
            throw new IllegalArgumentException("task " + task + ": a completion without token ids cannot be trained "
                    + "on (was it sampled by this policy?)");
        }
        if (c.logProbs().size() != c.tokenIds().size()) {
            throw new IllegalArgumentException("task " + task + ": " + c.tokenIds().size() + " token ids but "
                    + c.logProbs().size() + " log-probabilities");
        }
        int[] out = new int[c.tokenIds().size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = c.tokenIds().get(j);
            if (out[j] < 0 || out[j] >= vocabSize) {
                throw new IllegalArgumentException("task " + task + ": token id " + out[j] + " outside the vocabulary");
            }
        }
        return out;
    }

    private static float[] logProbs(Completion c) {
        float[] out = new float[c.logProbs().size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = c.logProbs().get(j);
        }
        return out;
    }
}
