package io.envtune.env.ticket.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * TicketAPI keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code tic_base_2}.
 */
public final class TicketContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new TicketEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"ticket_queue\": [{\"id\": 101, \"title\": \"Printer jam\", "
            + "\"description\": \"The printer on floor 2 is jammed.\", \"status\": \"Open\", \"priority\": 2, "
            + "\"created_by\": \"ana\"}, {\"id\": 102, \"title\": \"Bad cable\", "
            + "\"description\": \"The network cable is loose.\", \"status\": \"Open\", \"priority\": 1, "
            + "\"created_by\": \"ana\"}], \"ticket_counter\": 103, \"current_user\": \"ana\"}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "get_ticket(ticket_id=101)",
            "close_ticket(ticket_id=101)");
    }
}
