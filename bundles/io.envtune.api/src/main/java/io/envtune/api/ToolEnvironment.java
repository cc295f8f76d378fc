package io.envtune.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One tool domain, registered as an OSGi service with the {@link EnvironmentId} service property.
 *
 * <p>Implementations are stateless factories: all episode state lives in the {@link EnvironmentInstance}s they
 * create, so one service serves any number of concurrent episodes. Thread-safe.
 */
@ConsumerType
public interface ToolEnvironment {

    /** @return the environment id (the BFCL class name for the BFCL domains, e.g. {@code GorillaFileSystem}) */
    String id();

    /** @return the version of the behaviour, recorded with every episode it serves */
    String version();

    /** @return the tools in a stable order; never null */
    List<ToolSpec> tools();

    /**
     * Creates a fresh instance for one episode.
     *
     * @param scenarioJson the initial configuration of this class as a JSON object (BFCL {@code initial_config[id]}),
     *                     {@code {}} for the defaults
     * @param options long-context and data-folder options
     * @return a new, independent instance
     * @throws IllegalArgumentException if the scenario is malformed or long context is asked for without data
     */
    EnvironmentInstance create(String scenarioJson, EnvironmentOptions options);
}
