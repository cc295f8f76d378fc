package io.envtune.env.ticket.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyCompare;
import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyErrors;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyOps;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket tools of TicketAPI. Only creating and listing need a login; the others find a ticket by
 * {@code ticket["id"] == ticket_id} (Python equality) in queue order.
 */
final class TicketTools {

    private static final Set<String> EDITABLE = Set.of("title", "description", "status", "priority");

    private TicketTools() {
    }

    /** {@code create_ticket}: login, then priority 1..5, then append with the counter as id. */
    static Object create(TicketState s, Object title, Object description, Object priority) {
        if (!PyTypes.truthy(s.currentUser)) {
            return new Failed(PyDicts.of("error", "User not authenticated. Please log in to create a ticket."),
                    FailureKind.NOT_AUTHENTICATED, null, "ticket_login first");
        }
        if (PyCompare.compare("<", priority, 1L, "priority")
                || PyCompare.compare(">", priority, 5L, "priority")) {
            return new Failed(PyDicts.of("error", "Invalid priority. Priority must be between 1 and 5."),
                    FailureKind.INVALID_VALUE, "priority", PyRepr.str(priority));
        }
        Map<String, Object> ticket = new LinkedHashMap<>();
        ticket.put("id", s.ticketCounter);
        ticket.put("title", title);
        ticket.put("description", description);
        ticket.put("status", "Open");
        ticket.put("priority", priority);
        ticket.put("created_by", s.currentUser);
        s.ticketQueue.add(ticket);
        s.ticketCounter = PyOps.iadd(s.ticketCounter, 1L);
        return ticket;
    }

    /** {@code get_ticket}: the stored ticket itself. */
    static Object get(TicketState s, Object ticketId) {
        Object ticket = find(s, ticketId);
        return ticket == null ? notFound(ticketId) : ticket;
    }

    /** {@code close_ticket}: an already closed ticket is an error. */
    static Object close(TicketState s, Object ticketId) {
        Object ticket = find(s, ticketId);
        if (ticket == null) {
            return notFound(ticketId);
        }
        String id = PyRepr.str(ticketId);
        if (PyEquality.eq(PyDicts.item(ticket, "status"), "Closed")) {
            return already("Ticket with ID " + id + " is already closed.", id);
        }
        PyDicts.setItem(ticket, "status", "Closed", null);
        return PyDicts.of("status", "Ticket " + id + " has been closed successfully.");
    }

    /** {@code resolve_ticket}: sets the status, then adds (or replaces) the {@code resolution} key. */
    static Object resolve(TicketState s, Object ticketId, Object resolution) {
        Object ticket = find(s, ticketId);
        if (ticket == null) {
            return notFound(ticketId);
        }
        String id = PyRepr.str(ticketId);
        if (PyEquality.eq(PyDicts.item(ticket, "status"), "Resolved")) {
            return already("Ticket with ID " + id + " is already resolved.", id);
        }
        PyDicts.setItem(ticket, "status", "Resolved", null);
        PyDicts.setItem(ticket, "resolution", resolution, null);
        return PyDicts.of("status", "Ticket " + id + " has been resolved successfully.");
    }

    /**
     * {@code edit_ticket}: every key must be one of the four editable fields (else nothing changes); None values are
     * skipped; values are not validated. The reference joins the invalid names in set order, which depends on the
     * hash seed; insertion order is used here.
     */
    static Object edit(TicketState s, Object ticketId, Object updates) {
        Object ticket = find(s, ticketId);
        if (ticket == null) {
            return notFound(ticketId);
        }
        if (!(updates instanceof Map<?, ?> fields)) {
            throw PyErrors.attributeError(updates, "keys", "updates");
        }
        List<Object> invalid = new ArrayList<>();
        fields.keySet().stream().filter(k -> !(k instanceof String f && EDITABLE.contains(f))).forEach(invalid::add);
        if (!invalid.isEmpty()) {
            String names = join(invalid);
            return new Failed(PyDicts.of("error", "Invalid fields for update: " + names),
                    FailureKind.INVALID_VALUE, "updates", names);
        }
        fields.forEach((k, v) -> {
            if (v != null) {
                PyDicts.setItem(ticket, k, v, null);
            }
        });
        return PyDicts.of("status", "Ticket " + PyRepr.str(ticketId) + " has been updated successfully.");
    }

    /** {@code ', '.join(names)}: every item must be a str. */
    private static String join(List<Object> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!(names.get(i) instanceof String)) {
                throw new PyException("sequence item " + i + ": expected str instance, "
                        + PyTypes.typeName(names.get(i)) + " found", FailureKind.WRONG_TYPE, "updates");
            }
        }
        return String.join(", ", names.stream().map(String.class::cast).toList());
    }

    /** {@code _find_ticket}: the first ticket whose id equals, or null (a found ticket always has an id, so truthy). */
    static Object find(TicketState s, Object ticketId) {
        for (Object ticket : s.ticketQueue) {
            if (PyEquality.eq(PyDicts.item(ticket, "id"), ticketId)) {
                return ticket;
            }
        }
        return null;
    }

    /** The reference's not-found error, printing the id with {@code str()}. */
    static Failed notFound(Object ticketId) {
        String id = PyRepr.str(ticketId);
        return new Failed(PyDicts.of("error", "Ticket with ID " + id + " not found."), FailureKind.NOT_FOUND,
                "ticket_id", id);
    }

    private static Failed already(String message, String id) {
        return new Failed(PyDicts.of("error", message), FailureKind.PRECONDITION_FAILED, "ticket_id", id);
    }
}
