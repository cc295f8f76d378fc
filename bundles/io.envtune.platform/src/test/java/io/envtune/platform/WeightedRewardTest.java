package io.envtune.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.FeedbackMode;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.api.RewardFunction;
import io.envtune.api.RewardWeight;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The one weighted sum: its value, the components it keeps for the ledger, its error. */
public final class WeightedRewardTest {

    private static final EpisodeRecord RECORD = new EpisodeRecord("e", "t", "s", FeedbackMode.STANDARD, Map.of(),
        List.of(), List.of(), 1);

    private static RewardFunction part(String name, double value, RewardComponent... components) {
        return new RewardFunction() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reward score(EpisodeRecord record) {
                return new Reward(value, List.of(components));
            }
        };
    }

    @Test
    public void sumsTheWeightedPartsAndKeepsEveryComponent() {
        Map<String, RewardFunction> parts = Map.of("progress", part("progress", 0.5, new RewardComponent("turns", 4)),
            "format", part("format", 2.0, new RewardComponent("r_format", 1), new RewardComponent("r_tool", 1)));
        Reward r = WeightedReward.score("stage x", RECORD, List.of(new RewardWeight("progress", 0.9),
            new RewardWeight("format", 0.1)), parts::get);
        assertEquals(0.9 * 0.5 + 0.1 * 2.0, r.value(), 0);
        assertEquals(List.of(new RewardComponent("progress", 0.5), new RewardComponent("progress.turns", 4),
            new RewardComponent("format", 2.0), new RewardComponent("format.r_format", 1),
            new RewardComponent("format.r_tool", 1)), r.components());
    }

    @Test
    public void aMissingPartIsNamed() {
        try {
            WeightedReward.score("stage S1", RECORD, List.of(new RewardWeight("nope", 1)), n -> null);
            fail();
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().equals("stage S1 needs reward 'nope', which is not registered"));
        }
    }
}
