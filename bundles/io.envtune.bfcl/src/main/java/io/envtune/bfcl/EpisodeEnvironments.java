package io.envtune.bfcl;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.Task;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One set of live environment instances for one BFCL trajectory: an instance per involved class, loaded from the
 * task's initial config, and BFCL's executor over them. State persists across calls until {@link #close()}; every
 * trajectory (model side, ground-truth side) gets its own set, which replaces the reference's global instance cache.
 * Confined to one thread.
 */
public final class EpisodeEnvironments implements AutoCloseable {

    private final Map<String, EnvironmentInstance> instances;
    private final CallExecutor executor;

    /**
     * Creates the instances in class order.
     *
     * @param classes the involved class names, in BFCL order
     * @param initialConfig class name to scenario JSON; classes missing here start from {@code {}}
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param options long-context flag and data folder
     * @throws IllegalArgumentException when a class has no environment, or an environment rejects its scenario
     */
    public EpisodeEnvironments(List<String> classes, Map<String, String> initialConfig,
                               Function<String, ToolEnvironment> lookup, EnvironmentOptions options) {
        Map<String, EnvironmentInstance> created = new LinkedHashMap<>();
        List<CallExecutor.ToolLookup> tools = new ArrayList<>();
        try {
            for (String cls : classes) {
                ToolEnvironment env = lookup.apply(cls);
                if (env == null) {
                    throw new IllegalArgumentException("no tool environment for BFCL class " + cls);
                }
                EnvironmentInstance instance = env.create(initialConfig.getOrDefault(cls, "{}"), options);
                created.put(cls, instance);
                tools.add(new CallExecutor.ToolLookup(instance, toolNames(env)));
            }
        } catch (RuntimeException e) {
            // Do not leak the instances made before the failing class.
            created.values().forEach(EnvironmentInstance::close);
            throw e;
        }
        this.instances = Collections.unmodifiableMap(created);
        this.executor = new CallExecutor(tools);
    }

    private static Set<String> toolNames(ToolEnvironment env) {
        Set<String> names = new LinkedHashSet<>();
        env.tools().forEach(spec -> names.add(spec.name()));
        return names;
    }

    /**
     * The instances for one task, with the task's long-context flag.
     *
     * @param task the task
     * @param lookup finds the environment of a class name; returns null when there is none
     * @param dataDir the folder holding {@code long_context_constants.json}; may be null for tasks without long context
     * @return the new instance set
     * @throws IllegalArgumentException when a class has no environment or a scenario is rejected
     */
    public static EpisodeEnvironments open(Task task, Function<String, ToolEnvironment> lookup, Path dataDir) {
        Objects.requireNonNull(lookup, "lookup");
        return new EpisodeEnvironments(task.involvedClasses(), task.initialConfig(), lookup,
            new EnvironmentOptions(task.longContext(), dataDir));
    }

    /**
     * Runs one call as BFCL's executor does.
     *
     * @param callText one call in Python syntax, e.g. {@code cd(folder='document')}
     * @return the result; failures are results ({@code "Error during execution: ..."}), never exceptions
     */
    public ToolResult execute(String callText) {
        return executor.execute(callText);
    }

    /**
     * Runs calls in order and collects their result strings.
     *
     * @param calls calls in Python syntax
     * @return one result string per call
     */
    public List<String> executeAll(List<String> calls) {
        List<String> results = new ArrayList<>(calls.size());
        for (String call : calls) {
            results.add(execute(call).text());
        }
        return results;
    }

    /** @return class name to its canonical state JSON, in class order */
    public Map<String, String> canonicalStates() {
        Map<String, String> out = new LinkedHashMap<>();
        instances.forEach((cls, instance) -> out.put(cls, instance.canonicalState()));
        return out;
    }

    /** @return class name to instance, in class order (read-only map of live instances) */
    public Map<String, EnvironmentInstance> instances() {
        return instances;
    }

    /** Closes every instance. */
    @Override
    public void close() {
        instances.values().forEach(EnvironmentInstance::close);
    }
}
