package io.envtune.testkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A tool environment that behaves as the one it wraps but passes every instance it creates through a hook first:
 * the hook may count it, remember it, or return a wrapper of its own. For tests and benchmarks that must watch
 * instances (leak checks, captured final states, creation counts) without touching the domain.
 */
public final class ObservedEnvironment implements ToolEnvironment {

    private final ToolEnvironment env;
    private final BiFunction<String, EnvironmentInstance, EnvironmentInstance> onCreate;

    /**
     * @param env the real environment
     * @param onCreate receives the scenario JSON and each new instance; what it returns is handed out
     */
    public ObservedEnvironment(ToolEnvironment env,
                               BiFunction<String, EnvironmentInstance, EnvironmentInstance> onCreate) {
        this.env = env;
        this.onCreate = onCreate;
    }

    @Override
    public String id() {
        return env.id();
    }

    @Override
    public String version() {
        return env.version();
    }

    @Override
    public List<ToolSpec> tools() {
        return env.tools();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return onCreate.apply(scenarioJson, env.create(scenarioJson, options));
    }
}
