package io.envtune.env.ticket.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyValues;

/** Log-in, log-in status and log-out of TicketAPI: any non-empty username and password are accepted. */
final class SessionTools {

    private SessionTools() {
    }

    /** {@code ticket_login}: both values must be truthy; the username becomes the current user as given. */
    static Object login(TicketState s, Object username, Object password) {
        if (PyValues.truthy(username) && PyValues.truthy(password)) {
            s.currentUser = username;
            return PyValues.dict("success", true);
        }
        String param = PyValues.truthy(username) ? "password" : "username";
        return new Failed(PyValues.dict("success", false), FailureKind.INVALID_VALUE, param, param + " is empty");
    }

    /** {@code ticket_get_login_status}. */
    static Object loginStatus(TicketState s) {
        return PyValues.dict("login_status", PyValues.truthy(s.currentUser));
    }

    /** {@code logout}: fails when nobody is logged in. */
    static Object logout(TicketState s) {
        if (!PyValues.truthy(s.currentUser)) {
            return new Failed(PyValues.dict("success", false), FailureKind.NOT_AUTHENTICATED, null, "nobody is logged in");
        }
        s.currentUser = null;
        return PyValues.dict("success", true);
    }
}
