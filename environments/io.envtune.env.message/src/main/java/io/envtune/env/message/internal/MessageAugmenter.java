package io.envtune.env.message.internal;

import io.envtune.api.FailureKind;
import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Precondition hints for MessageAPI, whose reference errors do not say what to do: the messaging tools need a
 * {@code message_login} first, and they take user ids, which {@code get_user_id} finds for a user name. Reads the
 * structured failure and the call's arguments, never the result string.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class MessageAugmenter extends TableAugmenter {

    private static final String FIND_ID = " get_user_id returns the id of a user name, and list_users lists the user "
        + "names.";

    /** Creates the component; it has no configuration. */
    public MessageAugmenter() {
        super(MessageTable.TABLE);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        if (f.kind() == FailureKind.NOT_AUTHENTICATED) {
            return "No user is logged in to the messaging service. Log in first with message_login, "
                + "which takes a user id;" + FIND_ID;
        }
        return switch (f.kind()) {
            case NOT_FOUND -> notFound(f.tool(), args);
            case ALREADY_EXISTS -> "add_contact could not add '" + args.text("user_name") + "': that user name (or "
                + "the id it would get) already exists. get_user_id returns the id of an existing user name.";
            default -> null;
        };
    }

    private static String notFound(String tool, HintArgs args) {
        return switch (tool) {
            case "get_user_id" -> "No user named '" + args.text("user") + "' in the workspace. list_users lists every "
                + "user name; use one exactly as listed, or add_contact to add a new user.";
            case "message_login" -> "'" + args.text("user_id") + "' is not a known user id. message_login takes a "
                + "user id, not a name." + FIND_ID;
            case "send_message" -> "'" + args.text("receiver_id") + "' is not a known user id. receiver_id takes a "
                + "user id, not a name." + FIND_ID + " add_contact adds a new user.";
            case "delete_message" -> "There is no message to '" + args.text("receiver_id") + "'. "
                + "view_messages_sent shows the messages sent, grouped by receiver id.";
            default -> null;
        };
    }
}
