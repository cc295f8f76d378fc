package io.envtune.report.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.TurnScore;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SplitTallyTest {

    @Test
    public void readsTheSplitFromTheTaskId() {
        assertEquals("base", SplitTally.splitOf("multi_turn_base_12"));
        assertEquals("miss_func", SplitTally.splitOf("multi_turn_miss_func_0"));
        assertEquals("long_context", SplitTally.splitOf("multi_turn_long_context_199"));
        assertEquals("math-train", SplitTally.splitOf("math-train-3"));
        assertEquals("plain", SplitTally.splitOf("plain"));
    }

    @Test
    public void comparesTheFirstAndTheLastStepOfEachSplit() {
        SplitTally tally = new SplitTally();
        tally.add(1, record("multi_turn_base_0", false));
        tally.add(1, record("multi_turn_base_1", true));
        tally.add(2, record("multi_turn_base_0", false));
        tally.add(5, record("multi_turn_base_0", true));
        assertEquals(List.of(new SplitAccuracy("base", 1, 0.5, 0.75, 5, 1.0, 1.0, false)), tally.result());
    }

    private static EpisodeRecord record(String task, boolean solved) {
        return new EpisodeRecord("e", task, "S1", FeedbackMode.STANDARD, Map.of(), List.of(),
            List.of(new TurnScore(0, true, ""), new TurnScore(1, solved, solved ? "" : "r")), 2);
    }
}
