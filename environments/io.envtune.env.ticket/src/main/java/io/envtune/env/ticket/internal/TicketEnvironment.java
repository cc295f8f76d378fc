package io.envtune.env.ticket.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * BFCL's TicketAPI as a {@link ToolEnvironment} service. Stateless: every episode gets its own
 * {@link TicketState}. Long context does not change this domain, so no data folder is needed for it.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TicketTable.OWNER)
public final class TicketEnvironment extends TableEnvironment<TicketState> {

    /** Creates the component; it has no configuration. */
    public TicketEnvironment() {
        super(TicketTable.TABLE, "1.0.0");
    }

    @Override
    protected TicketState state(String scenarioJson, EnvironmentOptions options) {
        return new TicketState(scenarioJson);
    }
}
