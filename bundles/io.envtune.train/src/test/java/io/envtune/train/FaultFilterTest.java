package io.envtune.train;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.train.internal.FaultFilter;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class FaultFilterTest {

    private static ScoredRollout rollout(String id, String endReason, double reward) {
        EpisodeRecord r = new EpisodeRecord(id, "t", "S2", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1,
            endReason);
        return new ScoredRollout(r, reward, List.of());
    }

    @Test
    public void faultedRolloutsLeaveTheirGroupsAndAreReturned() {
        ScoredGroup clean = new ScoredGroup("t", List.of(rollout("a", null, 1), rollout("b", null, 0)));
        ScoredGroup mixed = new ScoredGroup("u", List.of(rollout("c", null, 1), rollout("d", "policy_error: x", 0),
            rollout("e", "tool call over its time limit", 0), rollout("f", null, 0.5)));
        ScoredGroup gone = new ScoredGroup("v", List.of(rollout("g", "policy_error: y", 0)));
        FaultFilter.Result r = FaultFilter.apply(List.of(clean, mixed, gone));
        assertEquals(2, r.groups().size());
        assertSame("an untouched group is kept as it is", clean, r.groups().get(0));
        assertEquals(List.of("c", "f"), r.groups().get(1).rollouts().stream().map(x -> x.record().episodeId())
            .toList());
        assertEquals(List.of("d", "e", "g"), r.faulted().stream().map(x -> x.record().episodeId()).toList());
    }
}
