package io.envtune.policy.djl.internal;

import io.envtune.api.Completion;
import io.envtune.api.Conversation;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.TrainingSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns scored groups into training sequences: group-normalised advantages per rollout, one sequence per
 * model-generated segment (its context rendered and tokenised, masked; its completion ids taken verbatim from the
 * {@link Completion}, never re-tokenised). Groups whose rewards are all equal are counted and left out.
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
                for (TrainingSegment s : g.rollouts().get(i).segments()) {
                    long[] ctx = cache.computeIfAbsent(s.context(), contextIds);
                    items.add(new TrainBatch.Item(ctx, ids(s.completion(), vocabSize, g.taskId()),
                            logProbs(s.completion()), adv[i]));
                }
            }
        }
        return new GroupBatch(items, zero);
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
