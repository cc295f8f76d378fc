package io.envtune.train.internal;

import io.envtune.api.RewardFunction;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.Stage;
import io.envtune.platform.WeightedReward;
import io.envtune.runtime.Rollout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Scores rollouts with the stage's weighted rewards ({@link WeightedReward}) and cuts them into GRPO groups. */
public final class GroupScorer {

    private GroupScorer() {
    }

    /**
     * @param rollouts the step's rollouts, each task's {@code groupSize} rollouts in a row
     * @param groupSize rollouts per group
     * @param stage the stage, whose rewards and weights apply
     * @param rewards the reward functions by name
     * @return one group per task draw, in order
     * @throws IllegalStateException when a stage names a reward that is not registered
     */
    public static List<ScoredGroup> score(List<Rollout> rollouts, int groupSize, Stage stage,
                                          Function<String, RewardFunction> rewards) {
        List<ScoredGroup> out = new ArrayList<>();
        for (int from = 0; from < rollouts.size(); from += groupSize) {
            List<ScoredRollout> group = new ArrayList<>(groupSize);
            for (Rollout r : rollouts.subList(from, Math.min(rollouts.size(), from + groupSize))) {
                group.add(new ScoredRollout(r.record(), reward(r, stage, rewards), r.segments()));
            }
            out.add(new ScoredGroup(group.get(0).record().taskId(), group));
        }
        return out;
    }

    private static double reward(Rollout r, Stage stage, Function<String, RewardFunction> rewards) {
        return WeightedReward.score("stage " + stage.name(), r.record(), stage.rewards(), rewards).value();
    }

    /**
     * @param groups scored groups
     * @return every reward, in order
     */
    public static double[] rewards(List<ScoredGroup> groups) {
        return groups.stream().flatMap(g -> g.rollouts().stream()).mapToDouble(ScoredRollout::reward).toArray();
    }
}
