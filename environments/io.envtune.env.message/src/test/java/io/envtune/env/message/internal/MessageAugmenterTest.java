package io.envtune.env.message.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallParser;
import org.junit.Test;

/** MessageAPI's login and user-id prerequisites, from a real instance through the augmenter. */
public final class MessageAugmenterTest {

    private final ToolEnvironment env = new MessageEnvironment();
    private final EnvironmentInstance inbox = env.create("{}", EnvironmentOptions.DEFAULT);

    private String hint(String text) {
        ToolCall call = CallParser.parse(text);
        ToolResult r = inbox.invoke(call);
        assertTrue(text + " should fail: " + r.text(), r.failed());
        return new MessageAugmenter().hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(), r.text(),
            env.tools())).orElseThrow(() -> new AssertionError("no hint for " + text + " " + r.failure()));
    }

    private static void contains(String hint, String... parts) {
        for (String p : parts) {
            assertTrue(hint, hint.contains(p));
        }
    }

    @Test
    public void messagingNeedsALoginWithAUserId() {
        String hint = hint("send_message(receiver_id='USR002', message='hi')");
        contains(hint, "message_login", "get_user_id");
        assertFalse(hint, hint.contains("USR"));
        contains(hint("message_login(user_id='Alice')"), "'Alice' is not a known user id", "not a name",
            "get_user_id");
    }

    @Test
    public void namesAndIdsThatDoNotExist() {
        contains(hint("get_user_id(user='Zoe')"), "No user named 'Zoe'", "list_users");
        inbox.invoke(CallParser.parse("message_login(user_id='USR001')"));
        contains(hint("send_message(receiver_id='Bob', message='hi')"), "'Bob' is not a known user id",
            "get_user_id");
        contains(hint("delete_message(receiver_id='USR009')"), "view_messages_sent");
        contains(hint("add_contact(user_name='Bob')"), "already exists", "get_user_id");
    }
}
