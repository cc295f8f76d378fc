package io.envtune.env.message.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * MessageAPI keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code msg_base_1}.
 */
public final class MessageContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new MessageEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"user_count\": 3, \"user_map\": {\"Alice\": \"USR001\", \"Bob\": \"USR002\", \"Cara\": \"USR003\"}, "
            + "\"inbox\": [{\"USR002\": \"Lunch at noon?\"}, {\"USR003\": \"See you soon.\"}], "
            + "\"message_count\": 2, \"current_user\": \"USR001\"}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "get_user_id(user='Bob')",
            "send_message(receiver_id='USR002', message='see you at noon')");
    }
}
