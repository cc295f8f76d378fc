package io.envtune.env.posting.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyValues;

/**
 * The account tools of TwitterAPI: log-in and the following list. Each method returns the Python value the reference
 * returns; error dicts come wrapped in {@link Failed} with their cause.
 */
final class AccountTools {

    private AccountTools() {
    }

    /** {@code authenticate_twitter}: a wrong pair leaves the login state as it was. */
    static Object authenticate(PostingState s, Object username, Object password) {
        if (PyValues.eq(username, s.username) && PyValues.eq(password, s.password)) {
            s.authenticated = Boolean.TRUE;
            return PyValues.dict("authentication_status", true);
        }
        return new Failed(PyValues.dict("authentication_status", false), FailureKind.INVALID_VALUE, "password",
                "username and password do not match the account");
    }

    /** {@code posting_get_login_status}. */
    static Object loginStatus(PostingState s) {
        return PyValues.dict("login_status", PyValues.truthy(s.authenticated));
    }

    /** {@code follow_user}: following someone already followed reports false and changes nothing. */
    static Object follow(PostingState s, Object user) {
        if (!PyValues.truthy(s.authenticated)) {
            return notAuthenticated("following");
        }
        if (PyValues.contains(s.followingList, user)) {
            return PyValues.dict("follow_status", false);
        }
        s.followingList.add(user);
        return PyValues.dict("follow_status", true);
    }

    /** {@code list_all_following}. */
    static Object listFollowing(PostingState s) {
        if (!PyValues.truthy(s.authenticated)) {
            return notAuthenticated("listing following");
        }
        return PyValues.dict("following_list", s.followingList);
    }

    /** {@code unfollow_user}: removes the first equal entry. */
    static Object unfollow(PostingState s, Object user) {
        if (!PyValues.truthy(s.authenticated)) {
            return notAuthenticated("unfollowing");
        }
        if (!PyValues.contains(s.followingList, user)) {
            return PyValues.dict("unfollow_status", false);
        }
        for (int i = 0; i < s.followingList.size(); i++) {
            Object o = s.followingList.get(i);
            if (o == user || PyValues.eq(o, user)) {
                s.followingList.remove(i);
                break;
            }
        }
        return PyValues.dict("unfollow_status", true);
    }

    /** The error every login-only tool returns, naming the action. */
    static Failed notAuthenticated(String action) {
        return new Failed(PyValues.dict("error", "User not authenticated. Please authenticate before " + action + "."),
                FailureKind.NOT_AUTHENTICATED, null, "authenticate_twitter first");
    }
}
