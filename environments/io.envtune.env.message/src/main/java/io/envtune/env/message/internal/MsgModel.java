package io.envtune.env.message.internal;

import io.envtune.toolkit.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generator's model of a MessageAPI workspace: users by name with contiguous ids {@code USR001..}, the inbox as
 * (receiver id, text) pairs and who is logged in. Request makers read it to name only users and messages that exist
 * and update it as the tools will. Not thread-safe.
 */
final class MsgModel {

    static final List<String> NAMES = List.of("Oluwaseun", "Marguerite", "Hiroshi", "Esperanza", "Dagny", "Kofi",
        "Anneliese", "Rafferty", "Zainab", "Thibault", "Ingrid", "Mateus", "Priyanka", "Lorcan", "Soraya",
        "Bartholomew", "Yevgenia", "Ciaran", "Ayasha", "Florentyna");
    static final List<String> TEXTS = List.of("Can you cover my shift on Saturday?", "The ferry tickets are booked.",
        "Lab results came back clean.", "Bring the spare projector cable tomorrow.", "Rehearsal moved to the annex.",
        "Invoice 88-C is still unpaid.", "The greenhouse heater tripped again.", "Lunch at the noodle bar on Friday?",
        "Your parcel is at the front desk.", "Quarterly figures look better than expected.",
        "Please water the ficus while I'm away.", "Server patch goes live at midnight.",
        "The choir needs two more altos.", "Kayak rental confirmed for Sunday.", "Draft chapter attached, be gentle.",
        "Bike lock code changed to the usual plus one.");

    final Map<String, String> users = new LinkedHashMap<>();
    final List<String[]> inbox = new ArrayList<>();
    String current;

    /** Random users (three to six), inbox (one to four messages), and a logged-in user two times in three. */
    MsgModel(SplittableRandom r) {
        List<String> names = new ArrayList<>(NAMES);
        for (int n = 3 + r.nextInt(4); n > 0; n--) {
            users.put(names.remove(r.nextInt(names.size())), String.format("USR%03d", users.size() + 1));
        }
        List<String> ids = new ArrayList<>(users.values());
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            inbox.add(new String[] {ids.get(r.nextInt(ids.size())), TEXTS.get(r.nextInt(TEXTS.size()))});
        }
        current = r.nextInt(3) < 2 ? ids.get(r.nextInt(ids.size())) : null;
    }

    /** @return the scenario JSON ({@code initial_config["MessageAPI"]}) of the initial model */
    String scenarioJson() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("user_count", (long) users.size());
        s.put("user_map", new LinkedHashMap<>(users));
        List<Object> messages = new ArrayList<>();
        inbox.forEach(m -> messages.add(Map.of(m[0], m[1])));
        s.put("inbox", messages);
        s.put("message_count", (long) inbox.size());
        if (current != null) {
            s.put("current_user", current);
        }
        return PyText.dumps(s);
    }

    /** @return the names of users other than the logged-in one */
    List<String> others() {
        return users.keySet().stream().filter(n -> !users.get(n).equals(current)).toList();
    }

    /** @return the receiver ids that have at least one message in the inbox */
    List<String> receivers() {
        return inbox.stream().map(m -> m[0]).distinct().toList();
    }

    /** Adds a contact with the next id, as {@code add_contact} does. */
    String add(String name) {
        String id = String.format("USR%03d", users.size() + 1);
        users.put(name, id);
        return id;
    }

    /** Removes the latest message to a receiver, as {@code delete_message} does. */
    void deleteLatest(String receiver) {
        for (int i = inbox.size() - 1; i >= 0; i--) {
            if (inbox.get(i)[0].equals(receiver)) {
                inbox.remove(i);
                return;
            }
        }
    }
}
