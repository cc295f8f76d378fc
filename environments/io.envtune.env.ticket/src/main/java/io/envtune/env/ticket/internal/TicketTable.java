package io.envtune.env.ticket.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/** The 9 tools of TicketAPI with their Python signatures, declared once and shared by every instance. */
final class TicketTable {

    /** The BFCL class name, also the environment id. */
    static final String OWNER = "TicketAPI";

    /** The table. */
    static final ToolTable<TicketState> TABLE = ToolTable.<TicketState>builder(OWNER)
            .tool("ticket_login", "Log in to the ticket system; any non-empty username and password work.",
                    (s, a) -> SessionTools.login(s, a.get("username"), a.get("password")),
                    Param.required("username", "string", "Username to log in as."),
                    Param.required("password", "string", "Password of that user."))
            .tool("ticket_get_login_status", "Tell whether someone is logged in to the ticket system.",
                    (s, a) -> SessionTools.loginStatus(s))
            .tool("logout", "Log the current user out of the ticket system.",
                    (s, a) -> SessionTools.logout(s))
            .tool("create_ticket", "Open a new ticket in the queue as the logged-in user.",
                    (s, a) -> TicketTools.create(s, a.get("title"), a.get("description"), a.get("priority")),
                    Param.required("title", "string", "Short title of the ticket."),
                    Param.optional("description", "string", "Longer description; empty when omitted.", ""),
                    Param.optional("priority", "integer", "Priority from 1 (lowest) to 5 (highest).", 1L))
            .tool("get_ticket", "Fetch one ticket by id.",
                    (s, a) -> TicketTools.get(s, a.get("ticket_id")),
                    Param.required("ticket_id", "integer", "Id of the ticket."))
            .tool("close_ticket", "Mark a ticket as closed.",
                    (s, a) -> TicketTools.close(s, a.get("ticket_id")),
                    Param.required("ticket_id", "integer", "Id of the ticket to close."))
            .tool("resolve_ticket", "Mark a ticket as resolved and record how.",
                    (s, a) -> TicketTools.resolve(s, a.get("ticket_id"), a.get("resolution")),
                    Param.required("ticket_id", "integer", "Id of the ticket to resolve."),
                    Param.required("resolution", "string", "What was done to resolve it."))
            .tool("edit_ticket", "Change the title, description, status or priority of a ticket.",
                    (s, a) -> TicketTools.edit(s, a.get("ticket_id"), a.get("updates")),
                    Param.required("ticket_id", "integer", "Id of the ticket to change."),
                    Param.required("updates", "dict", "New values by field: title, description, status, priority."))
            .tool("get_user_tickets", "List the logged-in user's tickets, optionally only those with a status.",
                    (s, a) -> QueueTools.userTickets(s, a.get("status")),
                    Param.optional("status", "string", "Status to keep, case-insensitive; all when omitted.", null))
            .build();

    private TicketTable() {
    }
}
