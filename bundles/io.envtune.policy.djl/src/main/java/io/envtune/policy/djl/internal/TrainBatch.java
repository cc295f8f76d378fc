package io.envtune.policy.djl.internal;

import java.util.List;

/**
 * A chunk of training sequences laid out for one forward pass: each sequence right-padded to a common length, and
 * the flat positions whose logits predict sampled tokens. Context tokens are never selected, so only generated tokens
 * carry loss.
 *
 * @param ids (B, T) token ids, padding 0
 * @param positions (B, T) positions 0..T-1
 * @param select flat indices b·T + t of the predicting positions, completion tokens in order
 * @param targets the completion token ids, same order as {@code select}
 * @param old the sampling log-probabilities, same order
 * @param adv each token's advantage, same order
 * @param prefix how many leading tokens every row shares and no selected position needs (0: run rows whole)
 * @param masks per selected position, the ids its token was drawn from under a grammar (null entries: any id); null
 *              when no sequence was sampled under a grammar
 */
public record TrainBatch(long[][] ids, long[][] positions, long[] select, long[] targets, float[] old, float[] adv,
                         int prefix, java.util.BitSet[] masks) {

    /** A shared prefix shorter than this is not worth running separately. */
    static final int MIN_PREFIX = 32;

    /**
     * One sequence to train on: a rollout's generated tokens with everything they were conditioned on. Several
     * responses of one episode share one sequence when each later context starts with the earlier context and the
     * earlier response's sampled ids verbatim.
     *
     * @param tokens the whole sequence (contexts masked, responses at {@code lossAt})
     * @param lossAt the indices of the sampled tokens in {@code tokens}, increasing, each at least 1
     * @param oldLogProbs their sampling log-probabilities, same order
     * @param advantage the rollout's advantage
     * @param sampled the ids the policy sampled, in order, copied from its completions apart from {@code tokens}: the
     *                independent record {@link TrainBatch#of} checks the assembled sequence against
     * @param masks per sampled token, the ids it was drawn from under a grammar (null entries: any id); null when
     *              decoding was unconstrained
     */
    public record Item(long[] tokens, int[] lossAt, float[] oldLogProbs, double advantage, int[] sampled,
                       java.util.BitSet[] masks) {

        /**
         * A sequence sampled without a grammar.
         *
         * @param tokens the whole sequence
         * @param lossAt the indices of the sampled tokens
         * @param oldLogProbs their sampling log-probabilities
         * @param advantage the rollout's advantage
         * @param sampled the ids the policy sampled, in order
         */
        public Item(long[] tokens, int[] lossAt, float[] oldLogProbs, double advantage, int[] sampled) {
            this(tokens, lossAt, oldLogProbs, advantage, sampled, null);
        }

        /** Checks the indices. */
        public Item {
            if (masks != null && masks.length != lossAt.length) {
                throw new IllegalArgumentException(lossAt.length + " sampled tokens but " + masks.length + " masks");
            }
            if (lossAt.length != oldLogProbs.length || lossAt.length != sampled.length) {
                throw new IllegalArgumentException(lossAt.length + " sampled tokens but " + oldLogProbs.length
                        + " log-probabilities and " + sampled.length + " sampled ids");
            }
            for (int k = 0; k < lossAt.length; k++) {
                if (lossAt[k] < 1 || lossAt[k] >= tokens.length || k > 0 && lossAt[k] <= lossAt[k - 1]) {
                    throw new IllegalArgumentException("a completion needs a context to condition on, and its "
                            + "tokens must lie inside the sequence in order");
                }
            }
        }

        /**
         * @param context the rendered context's token ids (masked)
         * @param completion the sampled completion ids, exactly as generated
         * @param oldLogProbs their sampling log-probabilities
         * @param advantage the rollout's advantage
         * @return a sequence of one context and one completion
         */
        public static Item of(long[] context, int[] completion, float[] oldLogProbs, double advantage) {
            long[] tokens = java.util.Arrays.copyOf(context, context.length + completion.length);
            int[] at = new int[completion.length];
            for (int j = 0; j < completion.length; j++) {
                tokens[context.length + j] = completion[j];
                at[j] = context.length + j;
            }
            return new Item(tokens, at, oldLogProbs, advantage, completion.clone());
        }

        /** @return the ids the sequence holds at the trained positions, in order */
        public int[] completion() {
            int[] out = new int[lossAt.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = (int) tokens[lossAt[k]];
            }
            return out;
        }
    }

    /**
     * @param items the sequences
     * @return the batch
     */
    public static TrainBatch of(List<Item> items) {
        int t = 0;
        int n = 0;
        for (Item it : items) {
            t = Math.max(t, it.tokens().length);
            n += it.lossAt().length;
        }
        long[][] ids = new long[items.size()][t];
        long[][] pos = new long[items.size()][t];
        long[] select = new long[n];
        long[] targets = new long[n];
        float[] old = new float[n];
        float[] adv = new float[n];
        boolean masked = items.stream().anyMatch(it -> it.masks() != null);
        java.util.BitSet[] masks = masked ? new java.util.BitSet[n] : null;
        int k = 0;
        for (int b = 0; b < items.size(); b++) {
            Item it = items.get(b);
            System.arraycopy(it.tokens(), 0, ids[b], 0, it.tokens().length);
            for (int j = 0; j < t; j++) {
                pos[b][j] = j;
            }
            for (int j = 0; j < it.lossAt().length; j++) {
                select[k] = (long) b * t + it.lossAt()[j] - 1;
                targets[k] = it.tokens()[it.lossAt()[j]];
                old[k] = it.oldLogProbs()[j];
                adv[k] = (float) it.advantage();
                if (masked && it.masks() != null) {
                    masks[k] = it.masks()[j];
                }
                k++;
            }
        }
        TrainBatch batch = new TrainBatch(ids, pos, select, targets, old, adv, sharedPrefix(items), masks);
        batch.checkExact(items);
        return batch;
    }

    /** The rows' common prefix, ending before the first position that predicts a sampled token. */
    private static int sharedPrefix(List<Item> items) {
        if (items.size() < 2) {
            return 0;
        }
        long[] first = items.get(0).tokens();
        int p = first.length;
        for (Item it : items) {
            if (it.lossAt().length > 0) {
                p = Math.min(p, it.lossAt()[0] - 1);
            }
            int j = 0;
            while (j < p && it.tokens()[j] == first[j]) {
                j++;
            }
            p = j;
        }
        return p >= MIN_PREFIX ? p : 0;
    }

    /**
     * Asserts that the ids trained on are exactly the ids the policy sampled, recomputing each selected position from
     * the batch alone (row = select / T, column = select % T + 1) and comparing the input id there and the target with
     * the item's {@link Item#sampled() sampled ids}, which were copied from the completions apart from the assembled
     * sequence: a drift between rollout and update (a context written over a response, a re-tokenised response, an
     * off-by-one in the packing) fails here instead of training on ids nobody sampled.
     */
    private void checkExact(List<Item> items) {
        int t = length();
        int k = 0;
        for (int b = 0; b < items.size(); b++) {
            int[] sampled = items.get(b).sampled();
            for (int j = 0; j < sampled.length; j++, k++) {
                long row = select[k] / t;
                int column = (int) (select[k] % t) + 1;
                if (row != b || column >= t || ids[b][column] != sampled[j] || targets[k] != sampled[j]) {
                    throw new IllegalStateException("training ids drifted from the sampled ids at sequence " + b
                            + ", token " + j + ": sampled " + sampled[j] + ", trained on "
                            + (row == b && column < t ? ids[b][column] : "a position outside the sequence"));
                }
            }
        }
        if (k != select.length) {
            throw new IllegalStateException(select.length + " trained positions but " + k + " sampled tokens");
        }
    }

    /** @return the padded length */
    public int length() {
        return ids[0].length;
    }
}
