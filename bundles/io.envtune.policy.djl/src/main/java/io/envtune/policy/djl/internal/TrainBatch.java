package io.envtune.policy.djl.internal;

import java.util.List;

/**
 * A chunk of training sequences laid out for one forward pass: context + completion ids right-padded to a common
 * length, and the flat positions whose logits predict completion tokens. Context tokens are never selected, so only
 * completion tokens carry loss.
 *
 * @param ids (B, T) token ids, padding 0
 * @param positions (B, T) positions 0..T-1
 * @param select flat indices b·T + t of the predicting positions, completion tokens in order
 * @param targets the completion token ids, same order as {@code select}
 * @param old the sampling log-probabilities, same order
 * @param adv each token's advantage, same order
 */
public record TrainBatch(long[][] ids, long[][] positions, long[] select, long[] targets, float[] old, float[] adv) {

    /**
     * One sequence to train on.
     *
     * @param context the rendered context's token ids (masked)
     * @param completion the sampled completion ids, exactly as generated
     * @param oldLogProbs their sampling log-probabilities
     * @param advantage the rollout's advantage
     */
    public record Item(long[] context, int[] completion, float[] oldLogProbs, double advantage) {
    }

    /**
     * @param items the sequences (each with a non-empty context)
     * @return the batch
     */
    public static TrainBatch of(List<Item> items) {
        int t = 0;
        int n = 0;
        for (Item it : items) {
            if (it.context().length == 0) {
                throw new IllegalArgumentException("a completion needs a context to condition on");
            }
            t = Math.max(t, it.context().length + it.completion().length);
            n += it.completion().length;
        }
        long[][] ids = new long[items.size()][t];
        long[][] pos = new long[items.size()][t];
        long[] select = new long[n];
        long[] targets = new long[n];
        float[] old = new float[n];
        float[] adv = new float[n];
        int k = 0;
        for (int b = 0; b < items.size(); b++) {
            Item it = items.get(b);
            int c = it.context().length;
            for (int j = 0; j < t; j++) {
                pos[b][j] = j;
                ids[b][j] = j < c ? it.context()[j] : j - c < it.completion().length ? it.completion()[j - c] : 0;
            }
            for (int j = 0; j < it.completion().length; j++) {
                select[k] = (long) b * t + c + j - 1;
                targets[k] = it.completion()[j];
                old[k] = it.oldLogProbs()[j];
                adv[k] = (float) it.advantage();
                k++;
            }
        }
        TrainBatch batch = new TrainBatch(ids, pos, select, targets, old, adv);
        batch.checkExact(items);
        return batch;
    }

    /**
     * Asserts that the ids trained on are exactly the sampled ids: every selected position predicts the next
     * completion id, and the input row holds the completion verbatim after its context.
     */
    private void checkExact(List<Item> items) {
        int t = length();
        int k = 0;
        for (int b = 0; b < items.size(); b++) {
            Item it = items.get(b);
            int c = it.context().length;
            for (int j = 0; j < it.completion().length; j++, k++) {
                long at = select[k] + 1 - (long) b * t;
                if (targets[k] != it.completion()[j] || ids[b][(int) at] != it.completion()[j] || at != c + j) {
                    throw new IllegalStateException("training ids drifted from the sampled ids at sequence " + b
                            + ", token " + j);
                }
            }
        }
    }

    /** @return the padded length */
    public int length() {
        return ids[0].length;
    }
}
