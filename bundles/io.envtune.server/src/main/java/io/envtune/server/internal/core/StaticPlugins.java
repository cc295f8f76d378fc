package io.envtune.server.internal.core;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.RewardFunction;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed set of plug-ins, for tests and for embedding the service without OSGi. Immutable.
 *
 * @param environments environment id to environment
 * @param rewardFunctions the rewards (keyed by their names)
 * @param augmenterChain the hint chain
 * @param sources the task sources
 * @param scheduler the curriculum, or null
 */
public record StaticPlugins(Map<String, ToolEnvironment> environments, List<RewardFunction> rewardFunctions,
                            AugmenterChain augmenterChain, List<TaskSource> sources, CurriculumScheduler scheduler)
    implements Plugins {

    /** Copies the collections. */
    public StaticPlugins {
        environments = Map.copyOf(environments);
        rewardFunctions = List.copyOf(rewardFunctions);
        sources = List.copyOf(sources);
    }

    @Override
    public ToolEnvironment environment(String id) {
        return environments.get(id);
    }

    @Override
    public Map<String, RewardFunction> rewards() {
        Map<String, RewardFunction> out = new LinkedHashMap<>();
        rewardFunctions.forEach(r -> out.put(r.name(), r));
        return out;
    }

    @Override
    public AugmenterChain augmenters() {
        return augmenterChain;
    }

    @Override
    public List<TaskSource> taskSources() {
        return sources;
    }

    @Override
    public Optional<CurriculumScheduler> curriculum() {
        return Optional.ofNullable(scheduler);
    }
}
