package io.envtune.bench.internal;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.ObservedEnvironment;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Wraps a lookup so that every environment instance it creates is remembered through a weak reference: after the
 * episodes close and the garbage collector runs, {@link #liveInstances()} must fall to zero, which shows that
 * nothing (executor, sessions, policies) still holds an instance. Thread-safe.
 */
public final class TrackingLookup implements Function<String, ToolEnvironment> {

    private final Function<String, ToolEnvironment> delegate;
    private final Map<String, ToolEnvironment> wrapped = new ConcurrentHashMap<>();
    private final List<WeakReference<EnvironmentInstance>> created = new ArrayList<>();

    /** @param delegate the real lookup */
    public TrackingLookup(Function<String, ToolEnvironment> delegate) {
        this.delegate = delegate;
    }

    @Override
    public ToolEnvironment apply(String id) {
        ToolEnvironment env = delegate.apply(id);
        return env == null ? null : wrapped.computeIfAbsent(id, k -> new ObservedEnvironment(env, (json, instance) -> {
            remember(instance);
            return instance;
        }));
    }

    /** @return how many instances were created so far */
    public synchronized int created() {
        return created.size();
    }

    /** @return how many created instances are still reachable (call after a GC) */
    public synchronized int liveInstances() {
        return (int) created.stream().filter(r -> r.get() != null).count();
    }

    private synchronized void remember(EnvironmentInstance instance) {
        created.add(new WeakReference<>(instance));
    }
}
