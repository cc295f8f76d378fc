package io.envtune.env.posting.internal;

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

/** TwitterAPI's login and tweet-id prerequisites, from a real instance through the augmenter. */
public final class TwitterAugmenterTest {

    private static final String SCENARIO = "{\"username\": \"john\", \"password\": \"secret123\", "
        + "\"authenticated\": false, \"tweets\": {\"0\": {\"id\": 0, \"username\": \"john\", \"content\": \"Hi\", "
        + "\"tags\": [], \"mentions\": []}}, \"tweet_counter\": 1}";

    private final ToolEnvironment env = new TwitterEnvironment();
    private final EnvironmentInstance twitter = env.create(SCENARIO, EnvironmentOptions.DEFAULT);

    private String hint(String text) {
        ToolCall call = CallParser.parse(text);
        ToolResult r = twitter.invoke(call);
        assertTrue(text + " should fail: " + r.text(), r.failed());
        return new TwitterAugmenter().hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(), r.text(),
            env.tools())).orElseThrow(() -> new AssertionError("no hint for " + text + " " + r.failure()));
    }

    private static void contains(String hint, String... parts) {
        for (String p : parts) {
            assertTrue(hint, hint.contains(p));
        }
    }

    @Test
    public void writesNeedALoginAndCredentialsAreNeverRevealed() {
        contains(hint("post_tweet(content='hello')"), "authenticate_twitter");
        contains(hint("comment(tweet_id=0, comment_content='x')"), "authenticate_twitter");
        String wrong = hint("authenticate_twitter(username='john', password='guess')");
        contains(wrong, "do not match");
        assertFalse(wrong, wrong.contains("secret123"));
    }

    @Test
    public void missingTweetsPointToTheListingToolsAndQuotedIds() {
        contains(hint("get_tweet(tweet_id=7)"), "No tweet with id 7", "get_user_tweets", "search_tweets");
        contains(hint("get_tweet(tweet_id='0')"), "tweet ids are integers");
    }
}
