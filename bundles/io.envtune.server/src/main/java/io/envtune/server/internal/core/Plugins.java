package io.envtune.server.internal.core;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.RewardFunction;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the service takes from the service registry, read at the moment of each request (so plug-ins may come and
 * go): a registry-backed implementation in OSGi, {@link StaticPlugins} in tests and embeddings. Thread-safe.
 */
public interface Plugins {

    /**
     * @param id an environment id (a BFCL class name)
     * @return the environment, or null when none is registered
     */
    ToolEnvironment environment(String id);

    /** @return the registered rewards by name */
    Map<String, RewardFunction> rewards();

    /** @return the augmenter chain, highest ranking first */
    AugmenterChain augmenters();

    /** @return the registered task sources */
    List<TaskSource> taskSources();

    /** @return the curriculum scheduler, if one is registered */
    Optional<CurriculumScheduler> curriculum();
}
