package io.envtune.platform;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.PolicyProvider;
import io.envtune.api.RewardFunction;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EnvironmentCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fixed set of plug-ins, for tests and for using the platform without OSGi. It keeps the registry's rules: an
 * environment that fails {@link EnvironmentCheck} is refused (here with an exception, since a fixed set is a
 * programming choice), and sources are ordered by id. Immutable.
 *
 * @param environmentMap environment id to environment
 * @param rewardFunctions the rewards (keyed by their names, in this order)
 * @param augmenterChain the hint chain
 * @param sources the task sources
 * @param scheduler the curriculum, or null
 * @param providers the policy providers
 */
public record StaticPlugins(Map<String, ToolEnvironment> environmentMap, List<RewardFunction> rewardFunctions,
                            AugmenterChain augmenterChain, List<TaskSource> sources, CurriculumScheduler scheduler,
                            List<PolicyProvider> providers) implements Plugins {

    /**
     * Copies the collections and checks every environment.
     *
     * @throws IllegalArgumentException when an environment fails {@link EnvironmentCheck}
     */
    public StaticPlugins {
        environmentMap = new TreeMap<>(environmentMap);
        environmentMap.values().forEach(StaticPlugins::check);
        rewardFunctions = List.copyOf(rewardFunctions);
        List<TaskSource> byId = new ArrayList<>(sources);
        byId.sort(Comparator.comparing(TaskSource::id));
        sources = List.copyOf(byId);
        providers = List.copyOf(providers);
    }

    /**
     * Without policy providers.
     *
     * @param environmentMap environment id to environment
     * @param rewardFunctions the rewards
     * @param augmenterChain the hint chain
     * @param sources the task sources
     * @param scheduler the curriculum, or null
     */
    public StaticPlugins(Map<String, ToolEnvironment> environmentMap, List<RewardFunction> rewardFunctions,
                         AugmenterChain augmenterChain, List<TaskSource> sources, CurriculumScheduler scheduler) {
        this(environmentMap, rewardFunctions, augmenterChain, sources, scheduler, List.of());
    }

    private static void check(ToolEnvironment env) {
        List<String> problems = EnvironmentCheck.problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("environment fails its checks: " + String.join("; ", problems));
        }
    }

    @Override
    public ToolEnvironment environment(String id) {
        return environmentMap.get(id);
    }

    @Override
    public List<RegisteredEnvironment> environments() {
        return environmentMap.values().stream().map(e -> new RegisteredEnvironment(e, "static")).toList();
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
    public Map<String, PolicyProvider> policyProviders() {
        Map<String, PolicyProvider> out = new TreeMap<>();
        providers.forEach(p -> out.put(p.scheme(), p));
        return out;
    }

    @Override
    public Optional<CurriculumScheduler> curriculum() {
        return Optional.ofNullable(scheduler);
    }
}
