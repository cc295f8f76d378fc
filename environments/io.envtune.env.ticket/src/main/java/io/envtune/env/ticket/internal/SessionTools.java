package io.envtune.env.ticket.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyTypes;

/** Log-in, log-in status and log-out of TicketAPI: any non-empty username and password are accepted. */
final class SessionTools {

    private SessionTools() {
    }

    /** {@code ticket_login}: both values must be truthy; the username becomes the current user as given. */
    static Object login(TicketState s, Object username, Object password) {
        if (PyTypes.truthy(username) && PyTypes.truthy(password)) {
            s.currentUser = username;
            return PyDicts.of("success", true);
        }
        String param = PyTypes.truthy(username) ? "password" : "username";
        return new Failed(PyDicts.of("success", false), FailureKind.INVALID_VALUE, param, param + " is empty");
    }

    /** {@code ticket_get_login_status}. */
    static Object loginStatus(TicketState s) {
        return PyDicts.of("login_status", PyTypes.truthy(s.currentUser));
    }

    /** {@code logout}: fails when nobody is logged in. */
    static Object logout(TicketState s) {
        if (!PyTypes.truthy(s.currentUser)) {
            return new Failed(PyDicts.of("success", false), FailureKind.NOT_AUTHENTICATED, null, "nobody is logged in");
        }
        s.currentUser = null;
        return PyDicts.of("success", true);
    }
}
