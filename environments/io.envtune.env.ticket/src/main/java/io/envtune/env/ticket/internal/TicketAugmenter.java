package io.envtune.env.ticket.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Precondition hints for TicketAPI, whose reference often answers only {@code {"success": false}}: the login that
 * creating and listing need, tickets that do not exist (ids are integers), tickets already in the asked state and
 * the fields {@code edit_ticket} accepts. Reads the structured failure and the call's arguments, never the result.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class TicketAugmenter extends TableAugmenter {

    /** Creates the component; it has no configuration. */
    public TicketAugmenter() {
        super(TicketTable.TABLE);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        String p = f.parameter() == null ? "" : f.parameter();
        return switch (f.kind()) {
            case NOT_AUTHENTICATED -> "logout".equals(f.tool())
                ? "Nobody is logged in to the ticket system, so there is nothing to log out of."
                : "Log in to the ticket system first with ticket_login; ticket_get_login_status tells whether you are "
                    + "logged in.";
            case INVALID_VALUE -> switch (p) {
                case "username", "password" -> "ticket_login needs a non-empty " + p + ".";
                case "priority" -> "priority must be a whole number from 1 to 5.";
                case "updates" -> "edit_ticket accepts only these fields in updates: title, description, status, "
                    + "priority.";
                default -> null;
            };
            case NOT_FOUND -> notFound(args);
            case PRECONDITION_FAILED -> "Ticket " + args.text("ticket_id") + " is already in that state; get_ticket "
                + "shows a ticket's current status.";
            default -> null;
        };
    }

    private static String notFound(HintArgs args) {
        String find = " get_user_tickets lists your tickets with their ids; create_ticket returns the id of a new "
            + "ticket.";
        if (args.isString("ticket_id")) {
            return "ticket_id '" + args.text("ticket_id") + "' is a string, but ticket ids are integers: pass the "
                + "number itself." + find;
        }
        return "No ticket with id " + args.text("ticket_id") + "." + find;
    }
}
