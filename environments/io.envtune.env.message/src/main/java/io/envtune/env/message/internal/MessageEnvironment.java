package io.envtune.env.message.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.Param;
import io.envtune.toolkit.TableEnvironment;
import io.envtune.toolkit.ToolTable;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's MessageAPI: a workspace of users who log in, send, delete, search and count messages. The
 * long-context flag changes nothing in this domain.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = MessageEnvironment.ID)
public final class MessageEnvironment extends TableEnvironment<MessageState> {

    /** The environment id: the BFCL class name. */
    public static final String ID = "MessageAPI";

    /** The 10 tools with their Python signatures, in the reference class's method order. */
    static final ToolTable<MessageState> TABLE = ToolTable.<MessageState>builder(ID)
        .tool("list_users", "List the names of all users in the workspace.", MessageTools::listUsers)
        .tool("get_user_id", "Look up the user id of a user name.", MessageTools::getUserId,
            text("user", "The user's name."))
        .tool("message_login", "Log in to the messaging service as a user id.", MessageTools::messageLogin,
            text("user_id", "The user id to log in as, e.g. USR001."))
        .tool("message_get_login_status", "Tell whether a user is logged in.", MessageTools::messageGetLoginStatus)
        .tool("send_message", "Send a message to a user id as the logged-in user.", InboxTools::sendMessage,
            text("receiver_id", "The recipient's user id."), text("message", "The text to send."))
        .tool("delete_message", "Delete the latest message sent to a user id.", InboxTools::deleteMessage,
            text("receiver_id", "The recipient whose latest message is deleted."))
        .tool("view_messages_sent", "Show the sent messages grouped by recipient.", InboxTools::viewMessagesSent)
        .tool("add_contact", "Add a new user to the workspace; returns the new user id.", MessageTools::addContact,
            text("user_name", "The new user's name."))
        .tool("search_messages", "Find messages containing a keyword, ignoring case.", InboxTools::searchMessages,
            text("keyword", "The text to look for."))
        .tool("get_message_stats", "Count the messages and distinct recipients.", InboxTools::getMessageStats)
        .build();

    /** Creates the component; it has no configuration. */
    public MessageEnvironment() {
        super(TABLE, "1.0.0");
    }

    @Override
    protected MessageState state(String scenarioJson, EnvironmentOptions options) {
        return new MessageState(scenarioJson);
    }

    private static Param text(String name, String description) {
        return Param.required(name, "string", description);
    }
}
