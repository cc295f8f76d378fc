package io.envtune.reward.composite.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Reward;
import io.envtune.api.RewardFunction;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class CompositeRewardTest {

    private static RewardFunction constant(String name, double value) {
        return new RewardFunction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reward score(EpisodeRecord record) {
                return new Reward(value, List.of());
            }
        };
    }

    @Test
    public void weightedSumOfNamedParts() {
        CompositeReward c = new CompositeReward();
        c.configure(new CompositeReward.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return CompositeReward.Config.class;
            }

            @Override
            public String[] weights() {
                return new String[] {"progress=0.9", "format=0.1"};
            }
        });
        c.addPart(constant("progress", 0.5));
        c.addPart(constant("format", 2.0));
        EpisodeRecord r = new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1);
        Reward reward = c.score(r);
        assertEquals(0.9 * 0.5 + 0.1 * 2.0, reward.value(), 1e-12);
        assertEquals(2, reward.components().size());
    }

    @Test(expected = IllegalArgumentException.class)
    public void malformedWeightIsRejected() {
        CompositeReward.parseWeights(new String[] {"progress:0.9"});
    }

    @Test(expected = IllegalStateException.class)
    public void missingPartIsAClearError() {
        CompositeReward c = new CompositeReward();
        c.configure(new CompositeReward.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return CompositeReward.Config.class;
            }

            @Override
            public String[] weights() {
                return new String[] {"progress=1"};
            }
        });
        c.score(new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of(), List.of(), List.of(), 1));
    }
}
