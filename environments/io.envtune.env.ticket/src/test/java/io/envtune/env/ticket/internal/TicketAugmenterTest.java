package io.envtune.env.ticket.internal;

import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallParser;
import org.junit.Test;

/** TicketAPI's login, ticket-id and field prerequisites, from a real instance through the augmenter. */
public final class TicketAugmenterTest {

    private static final String SCENARIO = "{\"ticket_queue\": [{\"id\": 1, \"title\": \"t\", \"description\": \"d\","
        + " \"status\": \"Closed\", \"priority\": 2, \"created_by\": \"ann\"}], \"ticket_counter\": 2}";

    private final ToolEnvironment env = new TicketEnvironment();
    private final EnvironmentInstance tickets = env.create(SCENARIO, EnvironmentOptions.DEFAULT);

    private String hint(String text) {
        ToolCall call = CallParser.parse(text);
        ToolResult r = tickets.invoke(call);
        assertTrue(text + " should fail: " + r.text(), r.failed());
        return new TicketAugmenter().hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(), r.text(),
            env.tools())).orElseThrow(() -> new AssertionError("no hint for " + text + " " + r.failure()));
    }

    private static void contains(String hint, String... parts) {
        for (String p : parts) {
            assertTrue(hint, hint.contains(p));
        }
    }

    @Test
    public void creatingAndListingNeedALogin() {
        contains(hint("create_ticket(title='x', description='y', priority=3)"), "ticket_login");
        contains(hint("get_user_tickets()"), "ticket_login");
        contains(hint("logout()"), "nothing to log out");
        contains(hint("ticket_login(username='ann', password='')"), "non-empty password");
    }

    @Test
    public void ticketsStatesAndFields() {
        contains(hint("get_ticket(ticket_id=9)"), "No ticket with id 9", "get_user_tickets");
        contains(hint("get_ticket(ticket_id='1')"), "ticket ids are integers");
        contains(hint("close_ticket(ticket_id=1)"), "already in that state", "get_ticket");
        contains(hint("edit_ticket(ticket_id=1, updates={'owner': 'bob'})"), "title, description, status, priority");
        tickets.invoke(CallParser.parse("ticket_login(username='ann', password='pw')"));
        contains(hint("create_ticket(title='x', description='y', priority=9)"), "from 1 to 5");
    }
}
