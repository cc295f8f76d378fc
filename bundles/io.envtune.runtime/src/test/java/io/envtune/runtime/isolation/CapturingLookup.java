package io.envtune.runtime.isolation;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.Task;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.testkit.ObservedEnvironment;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A lookup of the real domains whose instances report, when closed, their final canonical state, keyed by episode,
 * side (model or ground truth) and class; and which keeps only weak references to them, so a test can see that
 * nothing else does. Episodes are told apart by their scenario strings: {@link #tag} gives each episode's task its own
 * String objects (same text), and an instance is created from exactly the String its task holds. Of the two instances
 * of one class in one episode, the first is the model's (EpisodeSession opens the model's side first, on one thread).
 */
final class CapturingLookup implements Function<String, ToolEnvironment> {

    private final Map<String, ToolEnvironment> wrapped = new LinkedHashMap<>();
    private final Map<String, Integer> episodeOf = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    private final Map<String, String> finalStates = new ConcurrentHashMap<>();
    private final List<WeakReference<Object>> refs = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    /** @param real the real domains by id */
    CapturingLookup(Function<String, ToolEnvironment> real, List<String> ids) {
        ids.forEach(id -> {
            ToolEnvironment env = real.apply(id);
            wrapped.put(id, new ObservedEnvironment(env, (json, instance) -> capture(env.id(), json, instance)));
        });
    }

    @Override
    public ToolEnvironment apply(String id) {
        return wrapped.get(id);
    }

    /**
     * @param task a task
     * @param episode the episode's number
     * @return the same task whose scenario strings are this episode's own objects
     */
    Task tag(Task task, int episode) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String cls : task.involvedClasses()) {
            String own = new String(task.initialConfig().getOrDefault(cls, "{}"));
            episodeOf.put(own, episode);
            config.put(cls, own);
        }
        return new Task(task.id(), task.split(), task.involvedClasses(), config, task.turns(), task.longContext());
    }

    /** @return "episode/side/class" to the canonical state at close */
    Map<String, String> finalStates() {
        return finalStates;
    }

    /** @return instances created */
    int created() {
        return created.get();
    }

    /** @return instances closed (each counted once) */
    int closed() {
        return closed.get();
    }

    /** @return weak references to every instance made (the real one and its wrapper) */
    List<WeakReference<Object>> references() {
        synchronized (refs) {
            return new ArrayList<>(refs);
        }
    }

    /** Numbers each episode's instances and wraps them so that they report their state at close. */
    private EnvironmentInstance capture(String envId, String scenarioJson, EnvironmentInstance instance) {
        Integer episode = episodeOf.get(scenarioJson);
        String pair = episode + "/" + envId;
        int n = creates.computeIfAbsent(pair, k -> new AtomicInteger()).incrementAndGet();
        String key = episode + "/" + (n == 1 ? "model" : n == 2 ? "truth" : "extra" + n) + "/" + envId;
        created.incrementAndGet();
        Reporting wrapper = new Reporting(instance, key);
        refs.add(new WeakReference<>(instance));
        refs.add(new WeakReference<>(wrapper));
        return wrapper;
    }

    /** An instance that reports its final state when closed. */
    private final class Reporting implements EnvironmentInstance {
        private final EnvironmentInstance instance;
        private final String key;
        private boolean isClosed;

        Reporting(EnvironmentInstance instance, String key) {
            this.instance = instance;
            this.key = key;
        }

        @Override
        public String environmentId() {
            return instance.environmentId();
        }

        @Override
        public ToolResult invoke(ToolCall call) {
            return instance.invoke(call);
        }

        @Override
        public Map<String, Object> attributes() {
            return instance.attributes();
        }

        @Override
        public String canonicalState() {
            return instance.canonicalState();
        }

        @Override
        public void close() {
            if (!isClosed) {
                isClosed = true;
                finalStates.put(key, instance.canonicalState());
                closed.incrementAndGet();
            }
            instance.close();
        }
    }
}
