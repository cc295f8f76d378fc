package io.envtune.reward.success.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.TurnScore;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SuccessRewardTest {

    private static EpisodeRecord record(int turns, TurnScore... scores) {
        return new EpisodeRecord("e", "t", "eval", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(scores), turns);
    }

    @Test
    public void allTurnsPassed() {
        assertEquals(1.0, new SuccessReward().score(record(2, new TurnScore(0, true, ""),
            new TurnScore(1, true, ""))).value(), 0.0);
    }

    @Test
    public void oneFailedOrUnreachedTurnFails() {
        assertEquals(0.0, new SuccessReward().score(record(2, new TurnScore(0, true, ""),
            new TurnScore(1, false, "x"))).value(), 0.0);
        assertEquals(0.0, new SuccessReward().score(record(2, new TurnScore(0, true, ""))).value(), 0.0);
    }
}
