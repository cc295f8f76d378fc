package io.envtune.env.message.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MessageAPI's {@code DEFAULT_STATE} (BFCL data, {@code backend_tables.json}), built fresh for every instance. */
final class MessageDefaults {

    private MessageDefaults() {
    }

    /** @return the four default users, name to id, in order */
    static Map<Object, Object> userMap() {
        Map<Object, Object> users = new LinkedHashMap<>();
        users.put("Alice", "USR001");
        users.put("Bob", "USR002");
        users.put("Catherine", "USR003");
        users.put("Daniel", "USR004");
        return users;
    }

    /** @return the three default inbox messages */
    static List<Object> inbox() {
        List<Object> inbox = new ArrayList<>();
        inbox.add(message("USR002", "My name is Alice. I want to connect."));
        inbox.add(message("USR003", "Could you upload the file?"));
        inbox.add(message("USR004", "Could you upload the file?"));
        return inbox;
    }

    /** @return an inbox entry: a one-key dict receiver id → text */
    static Map<Object, Object> message(Object receiver, Object text) {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(receiver, text);
        return m;
    }
}
