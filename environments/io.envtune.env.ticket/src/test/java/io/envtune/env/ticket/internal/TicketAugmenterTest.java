package io.envtune.env.ticket.internal;

import static io.envtune.testkit.HintCheck.assertContains;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.HintCheck;
import io.envtune.toolkit.PyCalls;
import org.junit.Test;

/** TicketAPI's login, ticket-id and field prerequisites, from a real instance through the augmenter. */
public final class TicketAugmenterTest {

    private static final String SCENARIO = "{\"ticket_queue\": [{\"id\": 1, \"title\": \"t\", \"description\": \"d\","
        + " \"status\": \"Closed\", \"priority\": 2, \"created_by\": \"ann\"}], \"ticket_counter\": 2}";

    private final ToolEnvironment env = new TicketEnvironment();
    private final HintCheck hints = new HintCheck(env, new TicketAugmenter());
    private final EnvironmentInstance tickets = env.create(SCENARIO, EnvironmentOptions.DEFAULT);

    private String hint(String text) {
        return hints.hint(tickets, text);
    }

    @Test
    public void creatingAndListingNeedALogin() {
        assertContains(hint("create_ticket(title='x', description='y', priority=3)"), "ticket_login");
        assertContains(hint("get_user_tickets()"), "ticket_login");
        assertContains(hint("logout()"), "nothing to log out");
        assertContains(hint("ticket_login(username='ann', password='')"), "non-empty password");
    }

    @Test
    public void ticketsStatesAndFields() {
        assertContains(hint("get_ticket(ticket_id=9)"), "No ticket with id 9", "get_user_tickets");
        assertContains(hint("get_ticket(ticket_id='1')"), "ticket ids are integers");
        assertContains(hint("close_ticket(ticket_id=1)"), "already in that state", "get_ticket");
        assertContains(hint("edit_ticket(ticket_id=1, updates={'owner': 'bob'})"),
            "title, description, status, priority");
        tickets.invoke(PyCalls.parse("ticket_login(username='ann', password='pw')"));
        assertContains(hint("create_ticket(title='x', description='y', priority=9)"), "from 1 to 5");
    }
}
