package io.envtune.env.posting.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.TableInstance;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * BFCL's TwitterAPI as a {@link ToolEnvironment} service. Stateless: every episode gets its own
 * {@link TwitterState}. Long context does not change this domain, so no data folder is needed for it.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TwitterTable.OWNER)
public final class TwitterEnvironment implements ToolEnvironment {

    /** Creates the component; it has no configuration. */
    public TwitterEnvironment() {
    }

    @Override
    public String id() {
        return TwitterTable.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return TwitterTable.TABLE.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return instance(scenarioJson);
    }

    /**
     * @param scenarioJson the {@code TwitterAPI} block of a BFCL initial config
     * @return a fresh instance, typed for tests that look at the state
     */
    TableInstance<TwitterState> instance(String scenarioJson) {
        return new TableInstance<>(TwitterTable.OWNER, TwitterTable.TABLE, new TwitterState(scenarioJson));
    }
}
