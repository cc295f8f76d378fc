package io.envtune.env.ticket.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.TableInstance;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * BFCL's TicketAPI as a {@link ToolEnvironment} service. Stateless: every episode gets its own
 * {@link TicketState}. Long context does not change this domain, so no data folder is needed for it.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TicketTable.OWNER)
public final class TicketEnvironment implements ToolEnvironment {

    /** Creates the component; it has no configuration. */
    public TicketEnvironment() {
    }

    @Override
    public String id() {
        return TicketTable.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return TicketTable.TABLE.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        return instance(scenarioJson);
    }

    /**
     * @param scenarioJson the {@code TicketAPI} block of a BFCL initial config
     * @return a fresh instance, typed for tests that look at the state
     */
    TableInstance<TicketState> instance(String scenarioJson) {
        return new TableInstance<>(TicketTable.OWNER, TicketTable.TABLE, new TicketState(scenarioJson));
    }
}
