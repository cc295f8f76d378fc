package io.envtune.train.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardFunction;
import io.envtune.api.ScoredGroup;
import io.envtune.api.ScoredRollout;
import io.envtune.api.Stage;
import io.envtune.platform.WeightedReward;
import io.envtune.runtime.Rollout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores rollouts with the stage's weighted rewards ({@link WeightedReward}) and cuts them into GRPO groups. The
 * trainer sees only each reward's value; the whole {@link Reward}, components included, stays beside its episode
 * for the run's ledger ({@link Scores#ledger()}).
 */
public final class GroupScorer {

    private GroupScorer() {
    }

    /**
     * A step's scoring.
     *
     * @param groups one group per task draw, in order, as the trainer consumes them
     * @param ledger every rollout's episode with its whole reward, in rollout order
     */
    public record Scores(List<ScoredGroup> groups, List<RewardLedger.Entry> ledger) {

        /** Copies the lists. */
        public Scores {
            groups = List.copyOf(groups);
            ledger = List.copyOf(ledger);
        }
    }

    /**
     * @param rollouts the step's rollouts, each task's {@code groupSize} rollouts in a row
     * @param groupSize rollouts per group
     * @param stage the stage, whose rewards and weights apply
     * @param rewards the reward functions by name
     * @return the groups and the ledger
     * @throws IllegalStateException when a stage names a reward that is not registered
     */
    public static Scores score(List<Rollout> rollouts, int groupSize, Stage stage,
                               Function<String, RewardFunction> rewards) {
        List<ScoredGroup> out = new ArrayList<>();
        List<RewardLedger.Entry> ledger = new ArrayList<>(rollouts.size());
        for (int from = 0; from < rollouts.size(); from += groupSize) {
            List<ScoredRollout> group = new ArrayList<>(groupSize);
            for (Rollout r : rollouts.subList(from, Math.min(rollouts.size(), from + groupSize))) {
                Reward reward = reward(r.record(), stage, rewards);
                ledger.add(new RewardLedger.Entry(r.record(), reward));
                group.add(new ScoredRollout(r.record(), reward.value(), r.segments()));
            }
            out.add(new ScoredGroup(group.get(0).record().taskId(), group));
        }
        return new Scores(out, ledger);
    }

    private static Reward reward(EpisodeRecord r, Stage stage, Function<String, RewardFunction> rewards) {
        return WeightedReward.score("stage " + stage.name(), r, stage.rewards(), rewards);
    }

    /**
     * @param groups scored groups
     * @return every reward, in order
     */
    public static double[] rewards(List<ScoredGroup> groups) {
        return groups.stream().flatMap(g -> g.rollouts().stream()).mapToDouble(ScoredRollout::reward).toArray();
    }
}
