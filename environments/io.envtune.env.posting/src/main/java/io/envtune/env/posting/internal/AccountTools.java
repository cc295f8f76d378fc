package io.envtune.env.posting.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyContainers;
import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyTypes;

/**
 * The account tools of TwitterAPI: log-in and the following list. Each method returns the Python value the reference
 * returns; error dicts come wrapped in {@link Failed} with their cause.
 */
final class AccountTools {

    private AccountTools() {
    }

    /** {@code authenticate_twitter}: a wrong pair leaves the login state as it was. */
    static Object authenticate(PostingState s, Object username, Object password) {
        if (PyEquality.eq(username, s.username) && PyEquality.eq(password, s.password)) {
            s.authenticated = Boolean.TRUE;
            return PyDicts.of("authentication_status", true);
        }
        return new Failed(PyDicts.of("authentication_status", false), FailureKind.INVALID_VALUE, "password",
                "username and password do not match the account");
    }

    /** {@code posting_get_login_status}. */
    static Object loginStatus(PostingState s) {
        return PyDicts.of("login_status", PyTypes.truthy(s.authenticated));
    }

    /** {@code follow_user}: following someone already followed reports false and changes nothing. */
    static Object follow(PostingState s, Object user) {
        if (!PyTypes.truthy(s.authenticated)) {
            return notAuthenticated("following");
        }
        if (PyContainers.contains(s.followingList, user)) {
            return PyDicts.of("follow_status", false);
        }
        s.followingList.add(user);
        return PyDicts.of("follow_status", true);
    }

    /** {@code list_all_following}. */
    static Object listFollowing(PostingState s) {
        if (!PyTypes.truthy(s.authenticated)) {
            return notAuthenticated("listing following");
        }
        return PyDicts.of("following_list", s.followingList);
    }

    /** {@code unfollow_user}: removes the first equal entry. */
    static Object unfollow(PostingState s, Object user) {
        if (!PyTypes.truthy(s.authenticated)) {
            return notAuthenticated("unfollowing");
        }
        if (!PyContainers.contains(s.followingList, user)) {
            return PyDicts.of("unfollow_status", false);
        }
        for (int i = 0; i < s.followingList.size(); i++) {
            Object o = s.followingList.get(i);
            if (o == user || PyEquality.eq(o, user)) {
                s.followingList.remove(i);
                break;
            }
        }
        return PyDicts.of("unfollow_status", true);
    }

    /** The error every login-only tool returns, naming the action. */
    static Failed notAuthenticated(String action) {
        return new Failed(PyDicts.of("error", "User not authenticated. Please authenticate before " + action + "."),
                FailureKind.NOT_AUTHENTICATED, null, "authenticate_twitter first");
    }
}
