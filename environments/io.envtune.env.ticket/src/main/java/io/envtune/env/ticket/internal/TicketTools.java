package io.envtune.env.ticket.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
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
        if (!PyValues.truthy(s.currentUser)) {
            return new Failed(PyValues.dict("error", "User not authenticated. Please log in to create a ticket."),
                    FailureKind.NOT_AUTHENTICATED, null, "ticket_login first");
        }
        if (PyValues.compare("<", priority, 1L, "priority")
                || PyValues.compare(">", priority, 5L, "priority")) {
            return new Failed(PyValues.dict("error", "Invalid priority. Priority must be between 1 and 5."),
                    FailureKind.INVALID_VALUE, "priority", PyText.str(priority));
        }
        Map<String, Object> ticket = new LinkedHashMap<>();
        ticket.put("id", s.ticketCounter);
        ticket.put("title", title);
        ticket.put("description", description);
        ticket.put("status", "Open");
        ticket.put("priority", priority);
        ticket.put("created_by", s.currentUser);
        s.ticketQueue.add(ticket);
        s.ticketCounter = PyArith.iadd(s.ticketCounter, 1L);
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
        String id = PyText.str(ticketId);
        if (PyValues.eq(PyValues.item(ticket, "status"), "Closed")) {
            return already("Ticket with ID " + id + " is already closed.", id);
        }
        PyValues.setItem(ticket, "status", "Closed", null);
        return PyValues.dict("status", "Ticket " + id + " has been closed successfully.");
    }

    /** {@code resolve_ticket}: sets the status, then adds (or replaces) the {@code resolution} key. */
    static Object resolve(TicketState s, Object ticketId, Object resolution) {
        Object ticket = find(s, ticketId);
        if (ticket == null) {
            return notFound(ticketId);
        }
        String id = PyText.str(ticketId);
        if (PyValues.eq(PyValues.item(ticket, "status"), "Resolved")) {
            return already("Ticket with ID " + id + " is already resolved.", id);
        }
        PyValues.setItem(ticket, "status", "Resolved", null);
        PyValues.setItem(ticket, "resolution", resolution, null);
        return PyValues.dict("status", "Ticket " + id + " has been resolved successfully.");
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
            throw PyValues.attributeError(updates, "keys", "updates");
        }
        List<Object> invalid = new ArrayList<>();
        fields.keySet().stream().filter(k -> !(k instanceof String f && EDITABLE.contains(f))).forEach(invalid::add);
        if (!invalid.isEmpty()) {
            String names = join(invalid);
            return new Failed(PyValues.dict("error", "Invalid fields for update: " + names),
                    FailureKind.INVALID_VALUE, "updates", names);
        }
        fields.forEach((k, v) -> {
            if (v != null) {
                PyValues.setItem(ticket, k, v, null);
            }
        });
        return PyValues.dict("status", "Ticket " + PyText.str(ticketId) + " has been updated successfully.");
    }

    /** {@code ', '.join(names)}: every item must be a str. */
    private static String join(List<Object> names) {
        for (int i = 0; i < names.size(); i++) {
            if (!(names.get(i) instanceof String)) {
                throw new PyException("sequence item " + i + ": expected str instance, "
                        + PyValues.typeName(names.get(i)) + " found", FailureKind.WRONG_TYPE, "updates");
            }
        }
        return String.join(", ", names.stream().map(String.class::cast).toList());
    }

    /** {@code _find_ticket}: the first ticket whose id equals, or null (a found ticket always has an id, so truthy). */
    static Object find(TicketState s, Object ticketId) {
        for (Object ticket : s.ticketQueue) {
            if (PyValues.eq(PyValues.item(ticket, "id"), ticketId)) {
                return ticket;
            }
        }
        return null;
    }

    /** The reference's not-found error, printing the id with {@code str()}. */
    static Failed notFound(Object ticketId) {
        String id = PyText.str(ticketId);
        return new Failed(PyValues.dict("error", "Ticket with ID " + id + " not found."), FailureKind.NOT_FOUND,
                "ticket_id", id);
    }

    private static Failed already(String message, String id) {
        return new Failed(PyValues.dict("error", message), FailureKind.PRECONDITION_FAILED, "ticket_id", id);
    }
}
