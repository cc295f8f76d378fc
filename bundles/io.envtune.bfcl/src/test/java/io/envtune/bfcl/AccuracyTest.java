package io.envtune.bfcl;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** Per-split accuracy and the unweighted overall mean. */
public final class AccuracyTest {

    @Test
    public void overallIsTheUnweightedMeanOfSplits() {
        Accuracy accuracy = new Accuracy();
        accuracy.add("base", true).add("base", false).add("base", true).add("base", true);
        accuracy.add("miss_func", false);
        List<SplitAccuracy> splits = accuracy.perSplit();
        assertEquals(List.of(new SplitAccuracy("base", 3, 4), new SplitAccuracy("miss_func", 0, 1)), splits);
        assertEquals(0.75, splits.get(0).accuracy(), 0.0);
        assertEquals(0.375, accuracy.overall(), 0.0);
    }

    @Test
    public void expectedEntriesWithoutVerdictCountAsFailures() {
        Accuracy accuracy = new Accuracy().expect("long_context", 200);
        accuracy.add("long_context", true);
        assertEquals(List.of(new SplitAccuracy("long_context", 1, 200)), accuracy.perSplit());
        assertEquals(0.005, accuracy.overall(), 1e-12);
    }

    @Test
    public void splitsKeepBfclOrder() {
        Accuracy accuracy = new Accuracy().add("custom", true).add("long_context", true).add("base", false);
        assertEquals(List.of("base", "long_context", "custom"),
            accuracy.perSplit().stream().map(SplitAccuracy::split).toList());
        assertEquals(0.0, new Accuracy().overall(), 0.0);
    }
}
