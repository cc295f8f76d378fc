package io.envtune.platform;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardComponent;
import io.envtune.api.RewardFunction;
import io.envtune.api.RewardWeight;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one weighted sum of rewards, used by a stage's training reward and by the composite reward: value =
 * Σ weight × part value, summed in the weights' order. The result keeps, for the ledger, each part's value as a
 * component named after the part, followed by that part's own components as {@code part.component}. Stateless.
 */
public final class WeightedReward {

    private WeightedReward() {
    }

    /**
     * @param who names the user in the error message, e.g. {@code stage S1-syntax} or {@code composite reward}
     * @param record the finished episode
     * @param weights the parts and their weights
     * @param rewards the reward functions by name (null for an unknown name)
     * @return the weighted reward with every part's components
     * @throws IllegalStateException when a part is not registered
     */
    public static Reward score(String who, EpisodeRecord record, List<RewardWeight> weights,
                               Function<String, RewardFunction> rewards) {
        double value = 0;
        List<RewardComponent> components = new ArrayList<>();
        for (RewardWeight w : weights) {
            RewardFunction f = rewards.apply(w.name());
            if (f == null) {
                throw new IllegalStateException(who + " needs reward '" + w.name() + "', which is not registered");
            }
            Reward part = f.score(record);
            components.add(new RewardComponent(w.name(), part.value()));
            part.components().forEach(c -> components.add(new RewardComponent(w.name() + "." + c.name(),
                c.value())));
            value += w.weight() * part.value();
        }
        return new Reward(value, components);
    }
}
