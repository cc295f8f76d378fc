package io.envtune.reward.progress.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.TurnScore;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ProgressRewardTest {

    private static final EpisodeRecord TRUNCATED = new EpisodeRecord("e", "t", "S2", FeedbackMode.AUGMENTED, Map.of(),
        List.of(), List.of(new TurnScore(0, true, ""), new TurnScore(1, false, "x")), 4);

    private static ProgressReward withDenominator(String d) {
        ProgressReward r = new ProgressReward();
        r.configure(new ProgressReward.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ProgressReward.Config.class;
            }

            @Override
            public String denominator() {
                return d;
            }
        });
        return r;
    }

    @Test
    public void paperDenominatorCountsUnreachedTurnsAsFailed() {
        assertEquals(0.25, new ProgressReward().score(TRUNCATED).value(), 0.0);
        assertEquals(0.25, withDenominator("all_turns").score(TRUNCATED).value(), 0.0);
    }

    @Test
    public void releasedCodeDenominatorOnlyCountsReachedTurns() {
        assertEquals(0.5, withDenominator("turns_reached").score(TRUNCATED).value(), 0.0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void unknownDenominatorIsRejected() {
        withDenominator("some");
    }
}
