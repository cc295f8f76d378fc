package io.envtune.server.internal;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.RewardFunction;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import io.envtune.server.internal.core.Plugins;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The live plug-ins every server of this bundle reads: environments (the newest registration of an id serves new
 * episodes; running episodes keep theirs), rewards by name, augmenters in ranking order, task sources and the
 * curriculum. All references are dynamic, so hot-deployed bundles are used by the next request.
 */
@Component(service = PluginRegistry.class)
public final class PluginRegistry implements Plugins {

    private final Map<ServiceReference<ToolEnvironment>, ToolEnvironment> environments = new ConcurrentHashMap<>();
    private final Map<ServiceReference<RewardFunction>, RewardFunction> rewards = new ConcurrentHashMap<>();
    private final Map<ServiceReference<FeedbackAugmenter>, FeedbackAugmenter> augmenters = new ConcurrentHashMap<>();
    private final Map<ServiceReference<TaskSource>, TaskSource> sources = new ConcurrentHashMap<>();
    private volatile CurriculumScheduler curriculum;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEnvironment(ServiceReference<ToolEnvironment> ref, ToolEnvironment env) {
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
        return environments.entrySet().stream().filter(e -> id.equals(e.getValue().id()))
            .max(Comparator.comparingLong(e -> serviceId(e.getKey()))).map(Map.Entry::getValue).orElse(null);
    }

    @Override
    public Map<String, RewardFunction> rewards() {
        Map<String, RewardFunction> out = new LinkedHashMap<>();
        rewards.entrySet().stream().sorted(Comparator.comparingLong(e -> serviceId(e.getKey())))
            .forEach(e -> out.put(e.getValue().name(), e.getValue()));
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
        return sources.entrySet().stream().sorted(Comparator.comparingLong(e -> serviceId(e.getKey())))
            .map(Map.Entry::getValue).toList();
    }

    @Override
    public Optional<CurriculumScheduler> curriculum() {
        return Optional.ofNullable(curriculum);
    }

    private static long serviceId(ServiceReference<?> ref) {
        Object id = ref.getProperty(Constants.SERVICE_ID);
        return id instanceof Long l ? l : 0L;
    }
}
