package io.envtune.bfcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BFCL multi-turn accuracy: per split, the share of entries whose official verdict is valid; overall, the
 * <b>unweighted</b> mean of the split accuracies. A mutable accumulator, confined to one thread; splits are reported
 * in BFCL order ({@link BfclDataset#SPLITS}), other split names after them in order of first appearance.
 */
public final class Accuracy {

    private final Map<String, Count> counts = new LinkedHashMap<>();

    /** Starts with the four BFCL splits at 0 of 0 so they are listed in BFCL order. */
    public Accuracy() {
        BfclDataset.SPLITS.forEach(s -> counts.put(s, new Count()));
    }

    /**
     * Counts entries that get no verdict (missing from an output file) as failures of their split.
     *
     * @param split the split
     * @param total the number of entries the split has, e.g. {@code dataset.tasks(split).size()}
     * @return this accumulator
     */
    public Accuracy expect(String split, int total) {
        counts.computeIfAbsent(split, s -> new Count()).expected = total;
        return this;
    }

    /**
     * @param verdict one entry's verdicts; entries without a split are counted under {@code unknown}
     * @return this accumulator
     */
    public Accuracy add(TrajectoryVerdict verdict) {
        return add(verdict.split() == null ? "unknown" : verdict.split(), verdict.officialValid());
    }

    /**
     * @param split the entry's split
     * @param valid whether its official verdict is valid
     * @return this accumulator
     */
    public Accuracy add(String split, boolean valid) {
        Count c = counts.computeIfAbsent(split, s -> new Count());
        c.seen++;
        c.valid += valid ? 1 : 0;
        return this;
    }

    /** @return the splits with entries (seen or expected), in BFCL order; total = max(seen, expected) */
    public List<SplitAccuracy> perSplit() {
        List<SplitAccuracy> out = new ArrayList<>();
        counts.forEach((split, c) -> {
            int total = Math.max(c.seen, c.expected);
            if (total > 0) {
                out.add(new SplitAccuracy(split, c.valid, total));
            }
        });
        return out;
    }

    /** @return the unweighted mean of the {@link #perSplit()} accuracies; 0 when there are none */
    public double overall() {
        return perSplit().stream().mapToDouble(SplitAccuracy::accuracy).average().orElse(0.0);
    }

    /** Counters of one split. */
    private static final class Count {
        private int valid;
        private int seen;
        private int expected;
    }
}
