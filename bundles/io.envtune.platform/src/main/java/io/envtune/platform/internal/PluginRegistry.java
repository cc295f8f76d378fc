package io.envtune.platform.internal;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.EnvironmentId;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.PolicyProvider;
import io.envtune.api.RewardFunction;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.platform.Plugins;
import io.envtune.platform.RegisteredEnvironment;
import io.envtune.runtime.AugmenterChain;
import io.envtune.runtime.EnvironmentCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The one live plug-in registry of the platform: every reference is dynamic, so a bundle dropped into {@code load/}
 * takes part in the next command or request, and a removed one is gone. An environment that fails
 * {@link EnvironmentCheck} (duplicate tool names, invalid parameter schemas, tools that cannot be listed) is rejected
 * with one log line and is never listed or served, by either face. Immediate, so that the line comes when the bundle
 * registers, not when someone first asks.
 */
@Component(service = Plugins.class, immediate = true)
public final class PluginRegistry implements Plugins {

    private final Map<ServiceReference<ToolEnvironment>, ToolEnvironment> environments = new ConcurrentHashMap<>();
    private final Map<ServiceReference<RewardFunction>, RewardFunction> rewards = new ConcurrentHashMap<>();
    private final Map<ServiceReference<FeedbackAugmenter>, FeedbackAugmenter> augmenters = new ConcurrentHashMap<>();
    private final Map<ServiceReference<TaskSource>, TaskSource> sources = new ConcurrentHashMap<>();
    private final Map<ServiceReference<PolicyProvider>, PolicyProvider> policies = new ConcurrentHashMap<>();
    private volatile CurriculumScheduler curriculum;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEnvironment(ServiceReference<ToolEnvironment> ref, ToolEnvironment env) {
        List<String> problems = EnvironmentCheck.problems(env);
        if (!problems.isEmpty()) {
            Events.log("rejected environment " + describe(ref, env) + ": " + String.join("; ", problems)
                + "; it is not listed and serves no episode, everything else keeps running");
            return;
        }
        environments.put(ref, env);
    }

    void removeEnvironment(ServiceReference<ToolEnvironment> ref) {
        environments.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReward(ServiceReference<RewardFunction> ref, RewardFunction reward) {
        rewards.put(ref, reward);
    }

    void removeReward(ServiceReference<RewardFunction> ref) {
        rewards.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAugmenter(ServiceReference<FeedbackAugmenter> ref, FeedbackAugmenter augmenter) {
        augmenters.put(ref, augmenter);
    }

    void removeAugmenter(ServiceReference<FeedbackAugmenter> ref) {
        augmenters.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTaskSource(ServiceReference<TaskSource> ref, TaskSource source) {
        sources.put(ref, source);
    }

    void removeTaskSource(ServiceReference<TaskSource> ref) {
        sources.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPolicyProvider(ServiceReference<PolicyProvider> ref, PolicyProvider provider) {
        policies.put(ref, provider);
    }

    void removePolicyProvider(ServiceReference<PolicyProvider> ref) {
        policies.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    void setCurriculum(CurriculumScheduler scheduler) {
        this.curriculum = scheduler;
    }

    void unsetCurriculum(CurriculumScheduler scheduler) {
        if (this.curriculum == scheduler) {
            this.curriculum = null;
        }
    }

    @Override
    public ToolEnvironment environment(String id) {
        ToolEnvironment newest = null;
        for (RegisteredEnvironment e : environments()) {
            if (id.equals(e.environment().id())) {
                newest = e.environment();
            }
        }
        return newest;
    }

    @Override
    public List<RegisteredEnvironment> environments() {
        return inOrder(environments, r -> String.valueOf(r.getProperty(EnvironmentId.NAME))).stream()
            .map(e -> new RegisteredEnvironment(e.getValue(), origin(e.getKey()))).toList();
    }

    @Override
    public Map<String, RewardFunction> rewards() {
        Map<String, RewardFunction> out = new LinkedHashMap<>();
        inOrder(rewards, r -> "").forEach(e -> out.put(e.getValue().name(), e.getValue()));
        return out;
    }

    @Override
    public AugmenterChain augmenters() {
        List<Map.Entry<ServiceReference<FeedbackAugmenter>, FeedbackAugmenter>> list =
            new ArrayList<>(augmenters.entrySet());
        // ServiceReference order: higher ranking, then lower service id, compares greater; the chain wants it first.
        list.sort((a, b) -> b.getKey().compareTo(a.getKey()));
        return new AugmenterChain(list.stream().map(Map.Entry::getValue).toList());
    }

    @Override
    public List<TaskSource> taskSources() {
        List<Map.Entry<ServiceReference<TaskSource>, TaskSource>> list = new ArrayList<>(sources.entrySet());
        list.sort(Comparator.comparing((Map.Entry<ServiceReference<TaskSource>, TaskSource> e) -> e.getValue().id())
            .thenComparingLong(e -> serviceId(e.getKey())));
        return list.stream().map(Map.Entry::getValue).toList();
    }

    @Override
    public Map<String, PolicyProvider> policyProviders() {
        Map<String, PolicyProvider> out = new TreeMap<>();
        inOrder(policies, r -> "").forEach(e -> out.put(e.getValue().scheme(), e.getValue()));
        return out;
    }

    @Override
    public Optional<CurriculumScheduler> curriculum() {
        return Optional.ofNullable(curriculum);
    }

    /** Entries by a key of their reference, then service id (registration order). */
    private static <S> List<Map.Entry<ServiceReference<S>, S>> inOrder(Map<ServiceReference<S>, S> m,
                                                                     java.util.function.Function<ServiceReference<S>,
                                                                         String> key) {
        List<Map.Entry<ServiceReference<S>, S>> list = new ArrayList<>(m.entrySet());
        list.sort(Comparator.comparing((Map.Entry<ServiceReference<S>, S> e) -> key.apply(e.getKey()))
            .thenComparingLong(e -> serviceId(e.getKey())));
        return list;
    }

    private static long serviceId(ServiceReference<?> ref) {
        Object id = ref.getProperty(Constants.SERVICE_ID);
        return id instanceof Long l ? l : 0L;
    }

    private static String origin(ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        Object bundleId = ref.getProperty(Constants.SERVICE_BUNDLEID);
        return b == null ? "unregistered [" + bundleId + "]" : b.getSymbolicName() + " " + b.getVersion() + " ["
            + bundleId + "]";
    }

    private static String describe(ServiceReference<ToolEnvironment> ref, ToolEnvironment env) {
        String id;
        try {
            id = env.id();
        } catch (RuntimeException | LinkageError e) {
            id = String.valueOf(ref.getProperty(EnvironmentId.NAME));
        }
        return "'" + id + "' from bundle " + origin(ref);
    }
}
