package io.envtune.reward.success.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.api.RewardFunction;
import io.envtune.api.RewardName;
import io.envtune.api.TurnScore;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** BFCL's all-or-nothing success: 1 when the episode reached every turn and every turn passed, else 0. */
@Component(service = RewardFunction.class)
@RewardName(name = SuccessReward.NAME)
public final class SuccessReward implements RewardFunction {

    /** The reward name. */
    public static final String NAME = "success";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reward score(EpisodeRecord record) {
        boolean all = record.turnScores().size() == record.turnCount()
            && record.turnScores().stream().allMatch(TurnScore::passed);
        double value = all ? 1 : 0;
        return new Reward(value, List.of(new RewardComponent("success", value)));
    }
}
