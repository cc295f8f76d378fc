package io.envtune.bfcl;

/**
 * The accuracy of one split: BFCL's all-or-nothing rule, entries whose official verdict is valid over all entries.
 *
 * @param split the split name
 * @param valid the number of valid entries
 * @param total the number of entries
 */
public record SplitAccuracy(String split, int valid, int total) {

    /** @return {@code valid / total}; 0 when there are no entries */
    public double accuracy() {
        return total == 0 ? 0.0 : (double) valid / total;
    }
}
