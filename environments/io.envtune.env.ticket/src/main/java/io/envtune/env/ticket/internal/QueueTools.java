package io.envtune.env.ticket.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.List;

/** {@code get_user_tickets}: the current user's tickets, optionally filtered by status. */
final class QueueTools {

    private QueueTools() {
    }

    /**
     * Not logged in → a one-element list holding the error dict (a list, so it prints as a Python repr). First every
     * queued ticket is checked for the user ({@code KeyError: 'created_by'} when a ticket lacks it), then, only for a
     * truthy {@code status}, the user's tickets are filtered by lower-cased status.
     */
    static Object userTickets(TicketState s, Object status) {
        if (!PyValues.truthy(s.currentUser)) {
            List<Object> error = new ArrayList<>();
            error.add(PyValues.dict("error", "User not authenticated. Please log in to view tickets."));
            return new Failed(error, FailureKind.NOT_AUTHENTICATED, null, "ticket_login first");
        }
        List<Object> mine = new ArrayList<>();
        for (Object ticket : s.ticketQueue) {
            if (PyValues.eq(PyValues.item(ticket, "created_by"), s.currentUser)) {
                mine.add(ticket);
            }
        }
        if (!PyValues.truthy(status)) {
            return mine;
        }
        List<Object> out = new ArrayList<>();
        for (Object ticket : mine) {
            String own = lower(PyValues.item(ticket, "status"), null);
            if (own.equals(lower(status, "status"))) {
                out.add(ticket);
            }
        }
        return out;
    }

    /** {@code value.lower()}. */
    private static String lower(Object value, String parameter) {
        return PyText.lower(PyText.receiver(value, "lower", parameter));
    }
}
