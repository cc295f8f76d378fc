package io.envtune.env.message.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user and login tools of MessageAPI. Quirks kept from the reference: {@code add_contact} bumps
 * {@code user_count} before checking that the new id is free, and the login status is {@code bool(current_user)}.
 */
final class MessageTools {

    private MessageTools() {
    }

    static Object listUsers(MessageState s, BoundArgs args) {
        return dict("user_list", new ArrayList<>(s.userMap.keySet()));
    }

    static Object getUserId(MessageState s, BoundArgs args) {
        Object user = args.get("user");
        Object key = PyOps.findKey(s.userMap, user, "user");
        if (key == PyOps.ABSENT) {
            return error("User '" + PyRepr.str(user) + "' not found in the workspace.", FailureKind.NOT_FOUND, "user");
        }
        return dict("user_id", s.userMap.get(key));
    }

    static Object messageLogin(MessageState s, BoundArgs args) {
        Object userId = args.get("user_id");
        if (!PyOps.containsEqual(s.userMap.values(), userId)) {
            Map<String, Object> out = dict("login_status", false);
            out.put("message", "User ID '" + PyRepr.str(userId) + "' not found.");
            return new Failed(out, FailureKind.NOT_FOUND, "user_id", PyRepr.str(userId));
        }
        s.currentUser = userId;
        Map<String, Object> out = dict("login_status", true);
        out.put("message", "User '" + PyRepr.str(userId) + "' logged in successfully.");
        return out;
    }

    static Object messageGetLoginStatus(MessageState s, BoundArgs args) {
        return dict("login_status", PyTypes.truthy(s.currentUser));
    }

    static Object addContact(MessageState s, BoundArgs args) {
        Object userName = args.get("user_name");
        if (PyOps.findKey(s.userMap, userName, "user_name") != PyOps.ABSENT) {
            return error("User name '" + PyRepr.str(userName) + "' already exists.", FailureKind.ALREADY_EXISTS,
                "user_name");
        }
        s.userCount += 1;
        String userId = "USR" + PyOps.zfill(Long.toString(s.userCount), 3);
        if (PyOps.containsEqual(s.userMap.values(), userId)) {
            return error("User ID '" + userId + "' already exists.", FailureKind.ALREADY_EXISTS, "user_name");
        }
        s.userMap.put(userName, userId);
        Map<String, Object> out = dict("added_status", true);
        out.put("user_id", userId);
        out.put("message", "Contact '" + PyRepr.str(userName) + "' added successfully.");
        return out;
    }

    /** @return a new insertion-ordered dict with one entry */
    static Map<String, Object> dict(String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, value);
        return out;
    }

    /** @return {@code {"error": message}} with its failure reason */
    static Failed error(String message, FailureKind kind, String parameter) {
        return new Failed(dict("error", message), kind, parameter, message);
    }

    /** @return the error every messaging tool returns before a login */
    static Failed notLoggedIn() {
        return error("No user is currently logged in.", FailureKind.NOT_AUTHENTICATED, null);
    }
}
