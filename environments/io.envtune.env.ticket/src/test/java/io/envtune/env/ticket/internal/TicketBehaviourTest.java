package io.envtune.env.ticket.internal;

import static org.junit.Assert.assertEquals;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import org.junit.Test;

/** Focused checks of the reference's quirks that the fixtures only touch in passing. */
public final class TicketBehaviourTest {

    private static final String QUEUE = "{\"ticket_queue\": [{\"id\": 5, \"title\": \"t\", \"status\": \"open\","
            + " \"priority\": 2, \"created_by\": \"ann\"}], \"current_user\": \"ann\"}";

    private static EnvironmentInstance instance(String scenario) {
        return new TicketEnvironment().create(scenario, EnvironmentOptions.DEFAULT);
    }

    private static ToolResult run(EnvironmentInstance i, String call) {
        return new CallExecutor(List.of(new CallExecutor.ToolLookup(i, TicketTable.TABLE.names()))).execute(call);
    }

    @Test
    public void newIdsComeFromTheCounterNotTheQueue() {
        EnvironmentInstance i = instance(QUEUE);
        assertEquals("{\"id\": 1, \"title\": \"n\", \"description\": \"\", \"status\": \"Open\", \"priority\": 1,"
                + " \"created_by\": \"ann\"}", run(i, "create_ticket(title='n')").text());
        assertEquals("{\"current_user\":\"ann\",\"ticket_counter\":2,\"ticket_queue\":[{\"created_by\":\"ann\","
                + "\"id\":5,\"priority\":2,\"status\":\"open\",\"title\":\"t\"},{\"created_by\":\"ann\","
                + "\"description\":\"\",\"id\":1,\"priority\":1,\"status\":\"Open\",\"title\":\"n\"}]}",
                i.canonicalState());
    }

    @Test
    public void priorityIsComparedLikePython() {
        EnvironmentInstance i = instance(QUEUE);
        assertEquals("Error during execution: '<' not supported between instances of 'str' and 'int'",
                run(i, "create_ticket(title='n', priority='3')").text());
        assertEquals(FailureKind.INVALID_VALUE, run(i, "create_ticket(title='n', priority=0)").failure().kind());
        assertEquals("{\"id\": 1, \"title\": \"n\", \"description\": \"\", \"status\": \"Open\", \"priority\": 2.5,"
                + " \"created_by\": \"ann\"}", run(i, "create_ticket(title='n', priority=2.5)").text());
    }

    @Test
    public void editSkipsNoneAndRejectsUnknownFieldsFirst() {
        EnvironmentInstance i = instance(QUEUE);
        assertEquals("{\"error\": \"Invalid fields for update: owner\"}",
                run(i, "edit_ticket(ticket_id=5, updates={'title': 'x', 'owner': 'y'})").text());
        run(i, "edit_ticket(ticket_id=5.0, updates={'title': None, 'status': 'Closed'})");
        assertEquals("{\"error\": \"Ticket with ID 5 is already closed.\"}", run(i, "close_ticket(ticket_id=5)").text());
        assertEquals("Error during execution: 'str' object has no attribute 'keys'",
                run(i, "edit_ticket(ticket_id=5, updates='title')").text());
        assertEquals("{\"error\": \"Ticket with ID 6 not found.\"}",
                run(i, "edit_ticket(ticket_id=6, updates='title')").text());
    }

    @Test
    public void userTicketsNeedCreatorsAndFilterCaseInsensitively() {
        EnvironmentInstance i = instance(QUEUE);
        assertEquals(1, run(i, "get_user_tickets(status='OPEN')").text().split("'id'").length - 1);
        assertEquals("[]", run(i, "get_user_tickets(status='closed')").text());
        assertEquals(run(i, "get_user_tickets()").text(), run(i, "get_user_tickets(status='')").text());
        assertEquals("Error during execution: 'int' object has no attribute 'lower'",
                run(i, "get_user_tickets(status=1)").text());
        EnvironmentInstance bare = instance("{\"ticket_queue\": [{\"id\": 1}], \"current_user\": \"ann\"}");
        assertEquals("Error during execution: 'created_by'", run(bare, "get_user_tickets()").text());
        ToolResult anonymous = run(instance("{}"), "get_user_tickets()");
        assertEquals("[{'error': 'User not authenticated. Please log in to view tickets.'}]", anonymous.text());
        assertEquals(FailureKind.NOT_AUTHENTICATED, anonymous.failure().kind());
    }
}
