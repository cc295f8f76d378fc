package io.envtune.reward.composite.internal;

import io.envtune.api.EpisodeRecord;
import io.envtune.api.Reward;
import io.envtune.api.RewardFunction;
import io.envtune.api.RewardName;
import io.envtune.api.RewardWeight;
import io.envtune.platform.WeightedReward;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A weighted sum of other registered rewards, found by name in the service registry. The default weights are the
 * paper's direct-GRPO baseline, {@code 0.9 * progress + 0.1 * format}. Configuration PID: this class's name,
 * property {@code weights} = {@code ["progress=0.9", "format=0.1"]}. Each part and its own components are logged as components ({@link WeightedReward}).
 */
@Component(service = RewardFunction.class, configurationPid = "io.envtune.reward.composite.internal.CompositeReward")
@RewardName(name = CompositeReward.NAME)
public final class CompositeReward implements RewardFunction {

    /** The reward name. */
    public static final String NAME = "composite";

    /** Configuration of the composite reward. */
    public @interface Config {
        /** @return {@code name=weight} pairs */
        String[] weights() default {"progress=0.9", "format=0.1"};
    }

    private final Map<String, RewardFunction> parts = new ConcurrentHashMap<>();
    private volatile Map<String, Double> weights = Map.of();

    /** @param config the configuration */
    @Activate
    @Modified
    void configure(Config config) {
        weights = parseWeights(config.weights());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
        target = "(!(envtune.reward.name=composite))")
    void addPart(RewardFunction reward) {
        parts.put(reward.name(), reward);
    }

    void removePart(RewardFunction reward) {
        parts.remove(reward.name(), reward);
    }

    /**
     * @param pairs {@code name=weight} strings
     * @return name to weight, in the given order
     * @throws IllegalArgumentException for a malformed pair
     */
    static Map<String, Double> parseWeights(String[] pairs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("weight must look like name=0.5, was '" + p + "'");
            }
            try {
                out.put(p.substring(0, eq).trim(), Double.parseDouble(p.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight of '" + p + "' is not a number", e);
            }
        }
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reward score(EpisodeRecord record) {
        List<RewardWeight> parts = new ArrayList<>();
        weights.forEach((name, weight) -> parts.add(new RewardWeight(name, weight)));
        return WeightedReward.score("composite reward", record, parts, this.parts::get);
    }
}
