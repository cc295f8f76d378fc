package io.envtune.policy.djl.internal;

import java.util.List;

/**
 * Where each prompt's tokens sit in a batched prefill with cached prefixes: keys {@code [0, prefixWidth)} hold each
 * row's cached prefix (real tokens first, then padding), keys {@code [prefixWidth, prefixWidth + suffixWidth)} the rest
 * of the prompt, left-padded so that every row's last prompt token is at the same index. Positions are the tokens' own
 * (padding does not shift them), so a row's result does not depend on what else is in the batch beyond rounding.
 *
 * @param prefixWidth the longest cached prefix (0 when none)
 * @param suffixWidth the longest rest of a prompt
 * @param suffixIds the rest of each prompt, (convs, suffixWidth), padding as id 0
 * @param suffixPos their positions
 * @param valid per prompt, which of the prefixWidth + suffixWidth keys are real tokens
 * @param padded whether any key is padding (a key mask is needed)
 */
record PromptLayout(int prefixWidth, int suffixWidth, long[][] suffixIds, long[][] suffixPos, boolean[][] valid,
                    boolean padded) {

    /**
     * @param prompts the prompts
     * @param prefixLens each prompt's cached prefix length, 0 for none, less than its length
     * @return the layout
     */
    static PromptLayout of(List<long[]> prompts, int[] prefixLens) {
        int convs = prompts.size();
        int prefixWidth = 0;
        int suffixWidth = 0;
        for (int c = 0; c < convs; c++) {
            if (prefixLens[c] < 0 || prefixLens[c] >= prompts.get(c).length) {
                throw new IllegalArgumentException("prefix of " + prefixLens[c] + " tokens for a prompt of "
                        + prompts.get(c).length);
            }
            prefixWidth = Math.max(prefixWidth, prefixLens[c]);
            suffixWidth = Math.max(suffixWidth, prompts.get(c).length - prefixLens[c]);
        }
        long[][] ids = new long[convs][suffixWidth];
        long[][] pos = new long[convs][suffixWidth];
        boolean[][] valid = new boolean[convs][prefixWidth + suffixWidth];
        boolean padded = false;
        for (int c = 0; c < convs; c++) {
            long[] p = prompts.get(c);
            int pre = prefixLens[c];
            int rest = p.length - pre;
            int pad = suffixWidth - rest;
            padded |= pad > 0 || pre < prefixWidth;
            for (int j = 0; j < pre; j++) {
                valid[c][j] = true;
            }
            for (int j = pad; j < suffixWidth; j++) {
                ids[c][j] = p[pre + j - pad];
                pos[c][j] = pre + j - pad;
                valid[c][prefixWidth + j] = true;
            }
        }
        return new PromptLayout(prefixWidth, suffixWidth, ids, pos, valid, padded);
    }
}
