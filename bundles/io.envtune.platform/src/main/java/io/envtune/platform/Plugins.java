package io.envtune.platform;

import io.envtune.api.CurriculumScheduler;
import io.envtune.api.PolicyProvider;
import io.envtune.api.RewardFunction;
import io.envtune.api.Stage;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.runtime.AugmenterChain;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The plug-ins both faces (the shell and the server) read, at the moment they need them, so bundles may come and go:
 * environments that passed {@link io.envtune.runtime.EnvironmentCheck}, rewards by name, the augmenter chain in
 * ranking order, task sources, policy providers and the curriculum. The OSGi registry registers one as a service;
 * {@link StaticPlugins} is the fixed set for tests and embeddings. Every method is thread-safe and never returns
 * null collections.
 *
 * <p>One order everywhere: environments and task sources are listed by id, then registration order; when two
 * registrations share an environment id, the newest serves new episodes (episodes already running keep theirs).
 */
@ProviderType
public interface Plugins extends Function<String, ToolEnvironment> {

    /**
     * @param id an environment id (a BFCL class name)
     * @return the newest accepted environment with that id, or null when none is registered
     */
    ToolEnvironment environment(String id);

    /** Same as {@link #environment(String)}, so a {@code Plugins} is the environment lookup episodes take. */
    @Override
    default ToolEnvironment apply(String id) {
        return environment(id);
    }

    /** @return every accepted environment registration, by id and then registration order */
    List<RegisteredEnvironment> environments();

    /** @return the rewards by name, in registration order */
    Map<String, RewardFunction> rewards();

    /**
     * @param name a reward name
     * @return the reward, or null
     */
    default RewardFunction reward(String name) {
        return rewards().get(name);
    }

    /** @return the augmenter chain, highest service ranking first, then lowest service id */
    AugmenterChain augmenters();

    /** @return the task sources, by id and then registration order */
    List<TaskSource> taskSources();

    /** @return the policy providers by scheme, schemes sorted */
    Map<String, PolicyProvider> policyProviders();

    /** @return the curriculum scheduler, if one is registered */
    Optional<CurriculumScheduler> curriculum();

    /** The stage name that means "whatever stage the curriculum is in now". */
    String CURRENT = "current";

    /**
     * @param name a stage name of the registered curriculum, or {@link #CURRENT} (null and blank mean it too)
     * @return the stage
     * @throws IllegalStateException when no curriculum is registered
     * @throws java.util.NoSuchElementException when the curriculum has no such stage (the message lists them)
     */
    default Stage stage(String name) {
        CurriculumScheduler c = curriculum().orElseThrow(() -> new IllegalStateException("stage '" + name
            + "' asked for, but no curriculum scheduler is registered"));
        if (name == null || name.isBlank() || name.equals(CURRENT)) {
            return c.current();
        }
        return c.stages().stream().filter(s -> s.name().equals(name)).findFirst()
            .orElseThrow(() -> new java.util.NoSuchElementException("unknown stage '" + name + "'; stages: "
                + c.stages().stream().map(Stage::name).toList() + " or " + CURRENT));
    }
}
