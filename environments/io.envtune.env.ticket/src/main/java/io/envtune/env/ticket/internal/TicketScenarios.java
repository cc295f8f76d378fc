package io.envtune.env.ticket.internal;

import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random TicketAPI starting states for the generator: a queue of two to six tickets (most of them the user's own, all
 * with {@code created_by} so that listing never raises), a counter past the highest id, and the user logged in or not.
 * Names, titles and ids are drawn from pools unlike BFCL's and the built-in tasks'.
 */
final class TicketScenarios {

    static final List<String> USERS = List.of("priya.n", "tomasz.k", "lola_okafor", "mkhan", "jules.r",
        "rosa.m", "wei.zhang", "ayodele", "svetlana", "hbauer", "kenji.t", "amara.d");
    static final List<String> TITLES = List.of("VPN drops every hour", "Locked out of email", "Monitor flickers",
        "Payroll export fails", "Badge reader offline", "Keyboard missing keys", "Shared drive is full",
        "Calendar invites duplicated", "Laptop battery swelling", "Projector shows no signal", "Password reset loop",
        "Slow report queries", "Voicemail box full", "Scanner not detected", "CAD licence expired",
        "Weak wifi in room 4B", "Nightly backup failed", "Toner cartridge empty", "Headset crackles",
        "Expense app crashes", "Docking station dead", "Wrong time zone on clock", "Spam filter too strict",
        "Cannot join video calls", "Blue screen on boot", "Mouse double-clicks", "Intranet page 404",
        "Overheating server closet", "Missing fonts in editor", "Two-factor codes late");
    static final List<String> DETAILS = List.of("Started after the last update.", "Happens to the whole team.",
        "Only on the third floor.", "Rebooting did not help.", "Urgent before the Friday demo.",
        "Seen twice this week.", "A colleague reports the same.", "No error message is shown.",
        "Began this morning.", "Intermittent, hard to reproduce.");
    static final List<String> WORDS = List.of("tulip", "granite", "copper", "maple", "harbor", "nimbus", "quartz",
        "falcon", "saffron", "juniper", "cobalt", "ember");
    static final List<String> STATUSES = List.of("Open", "Open", "In Progress", "Closed", "Resolved");

    private TicketScenarios() {
    }

    /**
     * @param w the task's wording, whose random numbers choose the state
     * @return a {@code TicketAPI} scenario in the Python value model
     */
    static Map<String, Object> scenario(Wording w) {
        SplittableRandom r = w.random();
        String user = pick(r, USERS);
        boolean loggedIn = r.nextInt(4) != 0;
        List<Object> queue = new ArrayList<>();
        long id = 1000 + r.nextInt(8000);
        int size = 2 + r.nextInt(5);
        List<String> titles = new ArrayList<>(TITLES);
        shuffle(titles, r);
        for (int i = 0; i < size; i++) {
            String owner = i > 0 && r.nextInt(5) == 0 ? pick(r, USERS) : user;
            queue.add(PyValues.dict("id", id, "title", titles.get(i), "description", pick(r, DETAILS),
                "status", pick(r, STATUSES), "priority", (long) (1 + r.nextInt(5)), "created_by", owner));
            id += 1 + r.nextInt(7);
        }
        return PyValues.dict("ticket_queue", queue, "ticket_counter", id, "current_user", loggedIn ? user : null);
    }

    /** @return a password like {@code tulip-4821} */
    static String password(Wording w) {
        SplittableRandom r = w.random();
        return pick(r, WORDS) + (r.nextBoolean() ? "-" : "") + (1000 + r.nextInt(9000));
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    /** Fisher-Yates with the task's random numbers. */
    static <T> void shuffle(List<T> items, SplittableRandom r) {
        for (int i = items.size() - 1; i > 0; i--) {
            java.util.Collections.swap(items, i, r.nextInt(i + 1));
        }
    }
}
