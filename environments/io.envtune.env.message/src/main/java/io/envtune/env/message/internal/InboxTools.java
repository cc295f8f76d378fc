package io.envtune.env.message.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messaging tools of MessageAPI; all need a logged-in user. Quirks kept from the reference:
 * {@code view_messages_sent} and {@code get_message_stats} read the whole inbox (not only the current user's
 * messages), {@code delete_message} removes the first dict equal to the latest match, and scenario inboxes whose texts
 * are lists make {@code search_messages} raise.
 */
final class InboxTools {

    private InboxTools() {
    }

    static Object sendMessage(MessageState s, BoundArgs args) {
        if (!PyValues.truthy(s.currentUser)) {
            return MessageTools.notLoggedIn();
        }
        Object receiverId = args.get("receiver_id");
        if (!PyValues.contains(s.userMap.values(), receiverId)) {
            return MessageTools.error("Receiver ID '" + PyText.str(receiverId) + "' not found.",
                FailureKind.NOT_FOUND, "receiver_id");
        }
        Map<String, Object> messageId = PyValues.dict("new_id", s.generateId());
        s.inbox.add(MessageDefaults.message(receiverId, args.get("message")));
        s.messageCount += 1;
        Map<String, Object> out = PyValues.dict("sent_status", true);
        out.put("message_id", messageId);
        out.put("message", "Message sent to '" + PyText.str(receiverId) + "' successfully.");
        return out;
    }

    static Object deleteMessage(MessageState s, BoundArgs args) {
        if (!PyValues.truthy(s.currentUser)) {
            return MessageTools.notLoggedIn();
        }
        Object receiverId = args.get("receiver_id");
        // Walks a reversed copy, as `self.inbox[::-1]` does, so the removal cannot disturb the walk.
        List<Object> reversed = new ArrayList<>(s.inbox);
        Collections.reverse(reversed);
        for (Object message : reversed) {
            Object receiver = MessageValues.firstItem(message).getKey();
            if (PyValues.eq(receiver, receiverId)) {
                removeFirstEqual(s.inbox, message);
                Map<String, Object> out = PyValues.dict("deleted_status", true);
                out.put("receiver_id", receiver);
                out.put("message", "Receiver " + PyText.str(receiverId) + "'s latest message deleted successfully.");
                return out;
            }
        }
        return MessageTools.error("Receiver ID " + PyText.str(receiverId) + " not found.", FailureKind.NOT_FOUND,
            "receiver_id");
    }

    static Object viewMessagesSent(MessageState s, BoundArgs args) {
        if (!PyValues.truthy(s.currentUser)) {
            return MessageTools.notLoggedIn();
        }
        Map<Object, Object> sent = new LinkedHashMap<>();
        for (Object message : s.inbox) {
            Map.Entry<Object, Object> item = MessageValues.firstItem(message);
            if (!PyValues.containsKey(sent, item.getKey(), null)) {
                List<Object> texts = new ArrayList<>();
                texts.add(item.getValue());
                sent.put(item.getKey(), texts);
            } else {
                @SuppressWarnings("unchecked")
                List<Object> texts = (List<Object>) PyValues.get(sent, item.getKey(), null);
                texts.add(item.getValue());
            }
        }
        return PyValues.dict("messages", sent);
    }

    static Object searchMessages(MessageState s, BoundArgs args) {
        if (!PyValues.truthy(s.currentUser)) {
            return MessageTools.notLoggedIn();
        }
        String keyword = MessageValues.lower(args.get("keyword"), "keyword");
        List<Object> results = new ArrayList<>();
        for (Object message : s.inbox) {
            Map.Entry<Object, Object> item = MessageValues.firstItem(message);
            if (MessageValues.lower(item.getValue(), null).contains(keyword)) {
                Map<String, Object> match = PyValues.dict("receiver_id", item.getKey());
                match.put("message", item.getValue());
                results.add(match);
            }
        }
        return PyValues.dict("results", results);
    }

    static Object getMessageStats(MessageState s, BoundArgs args) {
        if (!PyValues.truthy(s.currentUser)) {
            return MessageTools.notLoggedIn();
        }
        List<Object> contacts = new ArrayList<>();
        for (Object message : s.inbox) {
            Object receiver = MessageValues.firstItem(message).getKey();
            if (!PyValues.contains(contacts, receiver)) {
                contacts.add(receiver);
            }
        }
        Map<String, Object> stats = PyValues.dict("received_count", (long) s.inbox.size());
        stats.put("total_contacts", (long) contacts.size());
        return PyValues.dict("stats", stats);
    }

    /** {@code list.remove(x)}: deletes the first element equal to x, which may be an older identical message. */
    private static void removeFirstEqual(List<Object> inbox, Object message) {
        for (int i = 0; i < inbox.size(); i++) {
            if (PyValues.eq(inbox.get(i), message)) {
                inbox.remove(i);
                return;
            }
        }
    }
}
