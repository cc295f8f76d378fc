package io.envtune.env.ticket.internal;

import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import java.util.List;
import java.util.Map;

/**
 * What a generated TicketAPI user asks for: each method looks at the world, returns null when its request would fail
 * there (no ticket to close, nobody logged in, ...), and otherwise picks arguments from the state and one of several
 * phrasings. Values in the texts appear as the ground truth passes them.
 */
final class TicketAsks {

    private static final List<String> RESOLUTIONS = List.of("Restarted the VPN gateway",
        "Replaced the docking station", "Cleared the stuck print queue", "Reset the two-factor token",
        "Rolled back the faulty driver", "Freed up space on the share", "Swapped the headset cable",
        "Renewed the licence key", "Moved the user to the 5 GHz band", "Reimaged the laptop");
    private static final List<String> NEW_STATUSES = List.of("In Progress", "On Hold", "Waiting on User");

    private TicketAsks() {
    }

    static Request login(TicketWorld t) {
        if (t.loggedIn()) {
            return null;
        }
        Object[] v = {"u", t.user, "p", t.password};
        return new Request(t.w.phrase(List.of("sign me in to the helpdesk as {u}, my password is {p}",
                "log into the ticket system with username {u} and password {p}",
                "log me in first: user {u}, password {p}", "authenticate me on the support portal as {u} ({p})"), v),
            List.of(CallText.of("ticket_login", "username", t.user, "password", t.password)),
            t.w.phrase(List.of("sign me in to the helpdesk as {u}", "log me into the ticket system under the name {u}",
                "get me logged in as {u}"), v),
            t.w.phrase(List.of("Oh, the password is {p}.", "Use {p} as the password.", "My password, sorry: {p}."),
                v));
    }

    static Request logout(TicketWorld t) {
        return !t.loggedIn() ? null : Request.of(t.w.pick("sign me out of the helpdesk",
            "log me out of the ticket system", "end my session on the support portal"), CallText.of("logout"));
    }

    static Request status(TicketWorld t) {
        return Request.of(t.w.pick("check whether I'm still signed in to the ticket system",
            "see if the helpdesk still has me logged in", "verify my ticket-system login is still valid",
            "tell me if my helpdesk session is active", "confirm that I'm logged in for tickets"),
            CallText.of("ticket_get_login_status"));
    }

    static Request create(TicketWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        String title = freshTitle(t);
        Map<String, Object> args = PyValues.dict("title", title);
        String extra = "";
        if (t.w.random().nextBoolean()) {
            String desc = t.w.pick(TicketScenarios.DETAILS);
            args.put("description", desc);
            extra += t.w.pick(" with the description ", " and describe it as ", ", details: ") + q(t, desc);
        }
        if (t.w.random().nextBoolean()) {
            long prio = 1 + t.w.random().nextInt(5);
            args.put("priority", prio);
            extra += t.w.pick(" at priority ", ", priority level ", " with priority ") + prio;
        }
        Object[] v = {"t", q(t, title), "x", extra};
        return new Request(t.w.phrase(List.of("open a new ticket called {t}{x}", "file a support request titled {t}{x}",
                "raise a ticket named {t}{x}", "log an issue for me, title {t}{x}"), v),
            List.of(CallText.format(io.envtune.api.ToolCall.ofKeywords("create_ticket", args))),
            t.w.phrase(List.of("open a new ticket for me{x}", "file a support request{x}"), v),
            t.w.phrase(List.of("Title it {t}.", "The title should read {t}.", "Call it {t}."), v));
    }

    static Request show(TicketWorld t) {
        Object[] v = {"id", t.w.pick(t.tickets()).get("id")};
        return new Request(t.w.phrase(List.of("tell me what ticket {id} says", "read ticket {id} back to me",
            "fetch ticket {id} from the queue", "pull up the details of ticket #{id}",
                "show me everything on ticket {id}", "let me look at ticket number {id}"), v),
            List.of(CallText.of("get_ticket", "ticket_id", v[1])),
            t.w.pick("show me the details of one of the tickets", "pull up a ticket for me"),
            t.w.phrase(List.of("It's ticket {id}.", "The id is {id}.", "Number {id}, please."), v));
    }

    static Request close(TicketWorld t) {
        List<Map<String, Object>> open = t.tickets().stream().filter(x -> !"Closed".equals(x.get("status"))).toList();
        if (open.isEmpty()) {
            return null;
        }
        Map<String, Object> ticket = t.w.pick(open);
        Object[] v = {"id", ticket.get("id"), "t", q(t, (String) ticket.get("title"))};
        return new Request(t.w.phrase(List.of("close ticket #{id}", "mark ticket {id} as closed",
                "shut ticket {id}, we're done with it", "close out the {t} ticket ({id})"), v),
            List.of(CallText.of("close_ticket", "ticket_id", v[1])),
            t.w.pick("close one of the tickets for me", "close a ticket that's finished"),
            t.w.phrase(List.of("Ticket {id}.", "The one with id {id}."), v));
    }

    static Request resolve(TicketWorld t) {
        List<Map<String, Object>> open = t.tickets().stream().filter(x -> !"Resolved".equals(x.get("status")))
            .toList();
        if (open.isEmpty()) {
            return null;
        }
        String note = t.w.pick(RESOLUTIONS);
        Object[] v = {"id", t.w.pick(open).get("id"), "n", q(t, note)};
        return new Request(t.w.phrase(List.of("mark ticket {id} resolved with the note {n}",
                "resolve #{id} and record {n} as the fix", "close the loop on ticket {id}: resolved, {n}"), v),
            List.of(CallText.of("resolve_ticket", "ticket_id", v[1], "resolution", note)),
            t.w.phrase(List.of("mark ticket {id} as resolved", "resolve ticket #{id}, it's fixed"), v),
            t.w.phrase(List.of("For the resolution, note {n}.", "Put {n} as the resolution."), v));
    }

    static Request edit(TicketWorld t) {
        Object id = t.w.pick(t.tickets()).get("id");
        if (t.w.random().nextBoolean()) {
            long p = 1 + t.w.random().nextInt(5);
            Object[] v = {"id", id, "p", p};
            return new Request(t.w.phrase(List.of("bump ticket {id} to priority {p}",
                    "set the priority on #{id} to {p}", "make ticket {id} priority {p} from now on"), v),
                List.of(CallText.of("edit_ticket", "ticket_id", id, "updates", PyValues.dict("priority", p))),
                t.w.phrase(List.of("change the priority on ticket {id}", "give ticket {id} a different priority"), v),
                t.w.phrase(List.of("Make it {p}.", "Priority {p}, please."), v));
        }
        String title = freshTitle(t);
        String status = t.w.pick(NEW_STATUSES);
        Object[] v = {"id", id, "t", q(t, title), "s", q(t, status)};
        return new Request(t.w.phrase(List.of("rename ticket {id} to {t} and set its status to {s}",
                "on #{id}, change the title to {t} and the status to {s}"), v),
            List.of(CallText.of("edit_ticket", "ticket_id", id, "updates",
                PyValues.dict("title", title, "status", status))),
            t.w.phrase(List.of("give ticket {id} a new title and the status {s}"), v),
            t.w.phrase(List.of("The new title is {t}.", "Retitle it {t}."), v));
    }

    static Request list(TicketWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        if (t.w.random().nextBoolean()) {
            return Request.of(t.w.pick("list all the tickets I've filed", "show which tickets are under my name",
                "give me an overview of my support requests"), CallText.of("get_user_tickets"));
        }
        String status = t.w.pick(List.of("Open", "Closed", "Resolved", "In Progress"));
        Object[] v = {"s", q(t, status)};
        return new Request(t.w.phrase(List.of("list my tickets whose status is {s}",
                "only show my tickets that are {s}", "filter my tickets down to the {s} ones"), v),
            List.of(CallText.of("get_user_tickets", "status", status)),
            t.w.pick("show me my tickets with one particular status", "list some of my tickets by status"),
            t.w.phrase(List.of("The status is {s}.", "Status {s}."), v));
    }

    static Request findAndClose(TicketWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        List<Map<String, Object>> open = t.mine().stream().filter(x -> !"Closed".equals(x.get("status"))).toList();
        if (open.isEmpty()) {
            return null;
        }
        Map<String, Object> ticket = t.w.pick(open);
        Object[] v = {"t", q(t, (String) ticket.get("title"))};
        return new Request(t.w.phrase(List.of("look through my tickets for {t} and close that one",
                "find my {t} ticket among mine and close it, I forgot its id",
                "check my ticket list, then close the one titled {t}"), v),
            List.of(CallText.of("get_user_tickets"), CallText.of("close_ticket", "ticket_id", ticket.get("id"))),
            null, null);
    }

    private static String freshTitle(TicketWorld t) {
        List<Object> used = t.tickets().stream().map(x -> x.get("title")).toList();
        List<String> fresh = TicketScenarios.TITLES.stream().filter(x -> !used.contains(x)).toList();
        return t.w.pick(fresh.isEmpty() ? TicketScenarios.TITLES : fresh);
    }

    /** Quotes a title or note: the task's quoting style, single quotes where that style is bare. */
    private static String q(TicketWorld t, String text) {
        String quoted = t.w.quote(text);
        return quoted.equals(text) ? "'" + text + "'" : quoted;
    }
}
