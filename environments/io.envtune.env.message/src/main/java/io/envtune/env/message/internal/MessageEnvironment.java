package io.envtune.env.message.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's MessageAPI: a workspace of users who log in, send, delete, search and count messages. The
 * long-context flag changes nothing in this domain.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = MessageTable.ID)
public final class MessageEnvironment extends TableEnvironment<MessageState> {

    /** Creates the component; it has no configuration. */
    public MessageEnvironment() {
        super(MessageTable.TABLE, "1.0.0");
    }

    @Override
    protected MessageState state(String scenarioJson, EnvironmentOptions options) {
        return new MessageState(scenarioJson);
    }
}
