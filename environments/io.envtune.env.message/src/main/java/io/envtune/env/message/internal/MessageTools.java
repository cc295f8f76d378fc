package io.envtune.env.message.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
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
        return PyValues.dict("user_list", new ArrayList<>(s.userMap.keySet()));
    }

    static Object getUserId(MessageState s, BoundArgs args) {
        Object user = args.get("user");
        if (!PyValues.containsKey(s.userMap, user, "user")) {
            return error("User '" + PyText.str(user) + "' not found in the workspace.", FailureKind.NOT_FOUND, "user");
        }
        return PyValues.dict("user_id", PyValues.get(s.userMap, user, "user"));
    }

    static Object messageLogin(MessageState s, BoundArgs args) {
        Object userId = args.get("user_id");
        if (!PyValues.contains(s.userMap.values(), userId)) {
            Map<String, Object> out = PyValues.dict("login_status", false);
            out.put("message", "User ID '" + PyText.str(userId) + "' not found.");
            return new Failed(out, FailureKind.NOT_FOUND, "user_id", PyText.str(userId));
        }
        s.currentUser = userId;
        Map<String, Object> out = PyValues.dict("login_status", true);
        out.put("message", "User '" + PyText.str(userId) + "' logged in successfully.");
        return out;
    }

    static Object messageGetLoginStatus(MessageState s, BoundArgs args) {
        return PyValues.dict("login_status", PyValues.truthy(s.currentUser));
    }

    static Object addContact(MessageState s, BoundArgs args) {
        Object userName = args.get("user_name");
        if (PyValues.containsKey(s.userMap, userName, "user_name")) {
            return error("User name '" + PyText.str(userName) + "' already exists.", FailureKind.ALREADY_EXISTS,
                "user_name");
        }
        s.userCount += 1;
        String userId = "USR" + MessageValues.zfill(Long.toString(s.userCount), 3);
        if (PyValues.contains(s.userMap.values(), userId)) {
            return error("User ID '" + userId + "' already exists.", FailureKind.ALREADY_EXISTS, "user_name");
        }
        s.userMap.put(userName, userId);
        Map<String, Object> out = PyValues.dict("added_status", true);
        out.put("user_id", userId);
        out.put("message", "Contact '" + PyText.str(userName) + "' added successfully.");
        return out;
    }

    /** @return {@code {"error": message}} with its failure reason */
    static Failed error(String message, FailureKind kind, String parameter) {
        return new Failed(PyValues.dict("error", message), kind, parameter, message);
    }

    /** @return the error every messaging tool returns before a login */
    static Failed notLoggedIn() {
        return error("No user is currently logged in.", FailureKind.NOT_AUTHENTICATED, null);
    }
}
