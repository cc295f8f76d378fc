package io.envtune.env.message.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyContainers;
import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;
import java.util.ArrayList;
import java.util.Map;

/**
 * The user and login tools of MessageAPI. Quirks kept from the reference: {@code add_contact} bumps
 * {@code user_count} before checking that the new id is free, and the login status is {@code bool(current_user)}.
 */
final class MessageTools {

    private MessageTools() {
    }

    static Object listUsers(MessageState s, BoundArgs args) {
        return PyDicts.of("user_list", new ArrayList<>(s.userMap.keySet()));
    }

    static Object getUserId(MessageState s, BoundArgs args) {
        Object user = args.get("user");
        if (!PyDicts.containsKey(s.userMap, user, "user")) {
            return error("User '" + PyRepr.str(user) + "' not found in the workspace.", FailureKind.NOT_FOUND, "user");
        }
        return PyDicts.of("user_id", PyDicts.get(s.userMap, user, "user"));
    }

    static Object messageLogin(MessageState s, BoundArgs args) {
        Object userId = args.get("user_id");
        if (!PyContainers.contains(s.userMap.values(), userId)) {
            Map<String, Object> out = PyDicts.of("login_status", false);
            out.put("message", "User ID '" + PyRepr.str(userId) + "' not found.");
            return new Failed(out, FailureKind.NOT_FOUND, "user_id", PyRepr.str(userId));
        }
        s.currentUser = userId;
        Map<String, Object> out = PyDicts.of("login_status", true);
        out.put("message", "User '" + PyRepr.str(userId) + "' logged in successfully.");
        return out;
    }

    static Object messageGetLoginStatus(MessageState s, BoundArgs args) {
        return PyDicts.of("login_status", PyTypes.truthy(s.currentUser));
    }

    static Object addContact(MessageState s, BoundArgs args) {
        Object userName = args.get("user_name");
        if (PyDicts.containsKey(s.userMap, userName, "user_name")) {
            return error("User name '" + PyRepr.str(userName) + "' already exists.", FailureKind.ALREADY_EXISTS,
                "user_name");
        }
        s.userCount += 1;
        String userId = "USR" + MessageValues.zfill(Long.toString(s.userCount), 3);
        if (PyContainers.contains(s.userMap.values(), userId)) {
            return error("User ID '" + userId + "' already exists.", FailureKind.ALREADY_EXISTS, "user_name");
        }
        s.userMap.put(userName, userId);
        Map<String, Object> out = PyDicts.of("added_status", true);
        out.put("user_id", userId);
        out.put("message", "Contact '" + PyRepr.str(userName) + "' added successfully.");
        return out;
    }

    /** @return {@code {"error": message}} with its failure reason */
    static Failed error(String message, FailureKind kind, String parameter) {
        return new Failed(PyDicts.of("error", message), kind, parameter, message);
    }

    /** @return the error every messaging tool returns before a login */
    static Failed notLoggedIn() {
        return error("No user is currently logged in.", FailureKind.NOT_AUTHENTICATED, null);
    }
}
