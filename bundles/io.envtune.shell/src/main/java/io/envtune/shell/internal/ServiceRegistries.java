package io.envtune.shell.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.PolicyProvider;
import io.envtune.api.RewardFunction;
import io.envtune.api.TaskSource;
import io.envtune.runtime.AugmenterChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The live whiteboard views the commands share: task sources, rewards by name, augmenters in ranking order and
 * policy providers by scheme. Dynamic, so bundles dropped into {@code load/} take part at once.
 */
@Component(service = ServiceRegistries.class)
public final class ServiceRegistries {

    private final Map<ServiceReference<TaskSource>, TaskSource> tasks = new ConcurrentHashMap<>();
    private final Map<String, RewardFunction> rewards = new ConcurrentHashMap<>();
    private final Map<ServiceReference<FeedbackAugmenter>, FeedbackAugmenter> augmenters = new ConcurrentHashMap<>();
    private final Map<String, PolicyProvider> policies = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addTaskSource(ServiceReference<TaskSource> ref, TaskSource source) {
        tasks.put(ref, source);
    }

    void removeTaskSource(ServiceReference<TaskSource> ref) {
        tasks.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addReward(RewardFunction reward) {
        rewards.put(reward.name(), reward);
    }

    void removeReward(RewardFunction reward) {
        rewards.remove(reward.name(), reward);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAugmenter(ServiceReference<FeedbackAugmenter> ref, FeedbackAugmenter augmenter) {
        augmenters.put(ref, augmenter);
    }

    void removeAugmenter(ServiceReference<FeedbackAugmenter> ref) {
        augmenters.remove(ref);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPolicyProvider(PolicyProvider provider) {
        policies.put(provider.scheme(), provider);
    }

    void removePolicyProvider(PolicyProvider provider) {
        policies.remove(provider.scheme(), provider);
    }

    /** @return the task sources, by id */
    List<TaskSource> taskSources() {
        List<TaskSource> out = new ArrayList<>(tasks.values());
        out.sort(Comparator.comparing(TaskSource::id));
        return out;
    }

    /**
     * @param name a reward name
     * @return the reward, or null
     */
    RewardFunction reward(String name) {
        return rewards.get(name);
    }

    /** @return the augmenters in chain order: highest service ranking first, then lowest service id */
    AugmenterChain augmenters() {
        List<Map.Entry<ServiceReference<FeedbackAugmenter>, FeedbackAugmenter>> list =
            new ArrayList<>(augmenters.entrySet());
        list.sort(Comparator.comparing(Map.Entry::getKey, Comparator.reverseOrder()));
        return new AugmenterChain(list.stream().map(Map.Entry::getValue).toList());
    }

    /**
     * @param scheme a policy scheme
     * @return its provider, or null
     */
    PolicyProvider policyProvider(String scheme) {
        return policies.get(scheme);
    }

    /** @return the registered policy schemes */
    List<String> policySchemes() {
        return policies.keySet().stream().sorted().toList();
    }

    /** @return the service id of a reference (for messages) */
    static Object serviceId(ServiceReference<?> ref) {
        return ref.getProperty(Constants.SERVICE_ID);
    }
}
