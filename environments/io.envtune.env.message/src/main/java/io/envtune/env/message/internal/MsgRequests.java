package io.envtune.env.message.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Request makers for MessageAPI. The messaging tools are only asked for while someone is logged in; a user named in
 * the question is looked up with {@code get_user_id} first when the turn has room for two calls, else addressed by id.
 */
final class MsgRequests {

    private static final List<String> OUTGOING = List.of("Running ten minutes late, start without me.",
        "The spare keys are under the blue pot.", "Can we move our sync to Thursday?",
        "Thanks for the soup recipe, it worked!", "Reminder: the kiln is booked from 9 to 1.",
        "Please sign the permit before noon.", "I found your scarf in the meeting room.",
        "Ticket prices went up again, decide soon.", "The drone footage is uploaded.",
        "Let's split the taxi to the airport.");

    private final MsgModel m;
    private final Wording w;
    private final SplittableRandom r;

    MsgRequests(MsgModel model, Wording wording) {
        this.m = model;
        this.w = wording;
        this.r = wording.random();
    }

    List<IntFunction<Request>> menu() {
        return List.of(room -> listUsers(), room -> userId(), this::login, room -> status(), this::send, this::send,
            this::delete, room -> viewSent(), room -> addContact(), room -> search(), room -> stats());
    }

    private Request listUsers() {
        return Request.of(w.pick("show me everyone in the workspace", "list all the users", "tell me who is registered "
            + "here", "give me the full roster of users"), CallText.of("list_users"));
    }

    private Request userId() {
        String name = w.pick(List.copyOf(m.users.keySet()));
        return Request.of(w.phrase(List.of("look up the user id of {n}", "find {n}'s id", "tell me what id {n} has",
            "fetch the identifier for {n}"), "n", name), CallText.of("get_user_id", "user", name)).vague(
                w.pick("look up a colleague's user id", "find someone's id for me"),
                w.phrase(List.of("I mean {n}.", "The person is {n}."), "n", name));
    }

    private Request login(int room) {
        if (m.current != null && r.nextInt(5) > 0) {
            return null;
        }
        String name = w.pick(List.copyOf(m.users.keySet()));
        String id = m.users.get(name);
        m.current = id;
        if (room >= 2 && r.nextBoolean()) {
            return Request.of(w.phrase(List.of("sign me in as {n}", "log in to the messenger as {n}",
                "open a session for {n}"), "n", name), CallText.of("get_user_id", "user", name),
                CallText.of("message_login", "user_id", id));
        }
        return Request.of(w.phrase(List.of("log in with user id {id}", "sign in as {id}", "authenticate as {id}",
            "start a session for account {id}"), "id", id), CallText.of("message_login", "user_id", id)).vague(
                w.pick("log me in", "sign me in to the messenger"),
                w.phrase(List.of("My id is {id}.", "Use account {id}."), "id", id));
    }

    private Request status() {
        return Request.of(w.pick("check whether I'm logged in", "confirm my login status", "tell me if a session is "
            + "active", "verify that someone is signed in"), CallText.of("message_get_login_status"));
    }

    private Request send(int room) {
        List<String> others = m.others();
        if (m.current == null || others.isEmpty()) {
            return null;
        }
        String name = w.pick(others);
        String id = m.users.get(name);
        String text = w.pick(OUTGOING);
        m.inbox.add(new String[] {id, text});
        String shown = "\"" + text + "\"";
        if (room >= 2 && r.nextBoolean()) {
            return Request.of(w.phrase(List.of("message {n} saying {t}", "send {n} this: {t}",
                "drop {n} a note that reads {t}", "tell {n} {t} by message"), "n", name, "t", shown),
                CallText.of("get_user_id", "user", name), CallText.of("send_message", "receiver_id", id, "message", text));
        }
        return Request.of(w.phrase(List.of("send {t} to user {id}", "message account {id} with {t}",
            "write to {id}: {t}"), "id", id, "t", shown), CallText.of("send_message", "receiver_id", id, "message", text))
            .vague(w.phrase(List.of("send user {id} a message", "write something to {id}"), "id", id),
                w.phrase(List.of("The message should read: {t}", "Send exactly this: {t}"), "t", text));
    }

    private Request delete(int room) {
        List<String> receivers = m.receivers();
        if (m.current == null || receivers.isEmpty()) {
            return null;
        }
        String id = w.pick(receivers);
        m.deleteLatest(id);
        String name = m.users.entrySet().stream().filter(e -> e.getValue().equals(id)).map(e -> e.getKey())
            .findFirst().orElse(null);
        if (name != null && room >= 2 && r.nextBoolean()) {
            return Request.of(w.phrase(List.of("delete the latest message to {n}", "remove my most recent message to "
                + "{n}", "take back the last thing sent to {n}"), "n", name), CallText.of("get_user_id", "user", name),
                CallText.of("delete_message", "receiver_id", id));
        }
        return Request.of(w.phrase(List.of("delete the newest message addressed to {id}", "remove the last message "
            + "for account {id}", "erase the most recent note to {id}"), "id", id),
            CallText.of("delete_message", "receiver_id", id));
    }

    private Request viewSent() {
        return m.current == null ? null : Request.of(w.pick("show the messages I've sent", "list everything in my "
            + "sent folder", "pull up all sent messages", "display my outgoing messages"),
            CallText.of("view_messages_sent"));
    }

    private Request addContact() {
        List<String> fresh = MsgModel.NAMES.stream().filter(n -> !m.users.containsKey(n)).toList();
        if (fresh.isEmpty()) {
            return null;
        }
        String name = w.pick(fresh);
        m.add(name);
        return Request.of(w.phrase(List.of("add {n} as a contact", "put {n} in my contacts", "register {n} as a new "
            + "contact", "create a contact entry for {n}"), "n", name), CallText.of("add_contact", "user_name", name))
            .vague(w.pick("add a new contact", "create a contact entry"),
                w.phrase(List.of("Their name is {n}.", "It's {n}."), "n", name));
    }

    private Request search() {
        if (m.current == null || m.inbox.isEmpty()) {
            return null;
        }
        String[] words = w.pick(m.inbox)[1].replaceAll("[^A-Za-z ]", "").split(" ");
        String keyword = words[r.nextInt(words.length)].toLowerCase(java.util.Locale.ROOT);
        if (keyword.length() < 3) {
            return null;
        }
        return Request.of(w.phrase(List.of("search my messages for {k}", "find any message mentioning {k}",
            "look for {k} in the inbox", "dig up messages that contain {k}"), "k", w.quote(keyword)),
            CallText.of("search_messages", "keyword", keyword)).vague(w.pick("search my messages for a word",
                "look something up in the inbox"), w.phrase(List.of("The keyword is {k}.", "Search for {k}."),
                    "k", w.quote(keyword)));
    }

    private Request stats() {
        return m.current == null ? null : Request.of(w.pick("give me my messaging statistics", "summarise how many "
            + "messages and contacts I have", "report the inbox stats"), CallText.of("get_message_stats"));
    }
}
