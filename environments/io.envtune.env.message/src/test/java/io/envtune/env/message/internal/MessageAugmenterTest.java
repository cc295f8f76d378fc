package io.envtune.env.message.internal;

import static io.envtune.testkit.HintCheck.assertContains;
import static org.junit.Assert.assertFalse;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.HintCheck;
import io.envtune.toolkit.PyCalls;
import org.junit.Test;

/** MessageAPI's login and user-id prerequisites, from a real instance through the augmenter. */
public final class MessageAugmenterTest {

    private final ToolEnvironment env = new MessageEnvironment();
    private final HintCheck hints = new HintCheck(env, new MessageAugmenter());
    private final EnvironmentInstance inbox = env.create("{}", EnvironmentOptions.DEFAULT);

    private String hint(String text) {
        return hints.hint(inbox, text);
    }

    @Test
    public void messagingNeedsALoginWithAUserId() {
        String hint = hint("send_message(receiver_id='USR002', message='hi')");
        assertContains(hint, "message_login", "get_user_id");
        assertFalse(hint, hint.contains("USR"));
        assertContains(hint("message_login(user_id='Alice')"), "'Alice' is not a known user id", "not a name",
            "get_user_id");
    }

    @Test
    public void namesAndIdsThatDoNotExist() {
        assertContains(hint("get_user_id(user='Zoe')"), "No user named 'Zoe'", "list_users");
        inbox.invoke(PyCalls.parse("message_login(user_id='USR001')"));
        assertContains(hint("send_message(receiver_id='Bob', message='hi')"), "'Bob' is not a known user id",
            "get_user_id");
        assertContains(hint("delete_message(receiver_id='USR009')"), "view_messages_sent");
        assertContains(hint("add_contact(user_name='Bob')"), "already exists", "get_user_id");
    }
}
