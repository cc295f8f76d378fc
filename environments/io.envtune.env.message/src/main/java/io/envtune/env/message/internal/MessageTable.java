package io.envtune.env.message.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/** The MessageAPI tool table: the 10 tools with their Python signatures, shared by every instance. */
final class MessageTable {

    /** The environment id: the BFCL class name. */
    static final String ID = "MessageAPI";

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

    private MessageTable() {
    }

    private static Param text(String name, String description) {
        return Param.required(name, "string", description);
    }
}
