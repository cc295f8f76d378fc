package io.envtune.env.posting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallExecutor;
import java.util.List;
import org.junit.Test;

/** Focused checks of the reference's quirks that the fixtures only touch in passing. */
public final class PostingBehaviourTest {

    private static final String LOGGED_IN = "{\"username\": \"u\", \"password\": \"p\", \"authenticated\": true,"
            + " \"tweets\": {\"0\": {\"id\": 0, \"username\": \"u\", \"content\": \"Hello World\","
            + " \"tags\": [\"#Greet\"], \"mentions\": []}}, \"comments\": {\"0\": [{\"username\": \"x\","
            + " \"content\": \"hi\"}]}, \"tweet_counter\": 1}";

    private static EnvironmentInstance instance(String scenario) {
        return new PostingEnvironment().create(scenario, EnvironmentOptions.DEFAULT);
    }

    private static ToolResult run(EnvironmentInstance i, String call) {
        return new CallExecutor(List.of(new CallExecutor.ToolLookup(i, PostingTable.TABLE.names()))).execute(call);
    }

    @Test
    public void omittedMentionsShareOneListPerInstance() {
        EnvironmentInstance a = instance(LOGGED_IN);
        run(a, "post_tweet(content='one')");
        run(a, "post_tweet(content='two', mentions=[])");
        run(a, "mention(tweet_id=1, mentioned_usernames=['@bob'])");
        assertEquals("{\"id\": 3, \"username\": \"u\", \"content\": \"three\", \"tags\": [], \"mentions\": [\"@bob\"]}",
                run(a, "post_tweet(content='three')").text());
        assertEquals("{\"id\": 2, \"username\": \"u\", \"content\": \"two\", \"tags\": [], \"mentions\": []}",
                run(a, "get_tweet(tweet_id=2)").text());
        EnvironmentInstance b = instance(LOGGED_IN);
        assertEquals("{\"id\": 1, \"username\": \"u\", \"content\": \"fresh\", \"tags\": [], \"mentions\": []}",
                run(b, "post_tweet(content='fresh')").text());
    }

    @Test
    public void tweetIdsAreIntKeysButCommentKeysStayStrings() {
        EnvironmentInstance i = instance(LOGGED_IN);
        assertEquals("{\"error\": \"Tweet with ID 0 not found.\"}", run(i, "get_tweet(tweet_id='0')").text());
        assertEquals("Hello World", content(run(i, "get_tweet(tweet_id=0.0)").text()));
        assertEquals("[]", run(i, "get_tweet_comments(tweet_id=0)").text());
        assertEquals("Error during execution: unhashable type: 'list'", run(i, "get_tweet(tweet_id=[0])").text());
    }

    @Test
    public void searchLowersLazilyLikePython() {
        assertEquals("[]", run(instance("{}"), "search_tweets(keyword=5)").text());
        assertEquals("Error during execution: 'int' object has no attribute 'lower'",
                run(instance(LOGGED_IN), "search_tweets(keyword=5)").text());
        assertEquals(1, run(instance(LOGGED_IN), "search_tweets(keyword='#greet')").text().split("'id'").length - 1);
    }

    @Test
    public void mentionExtendsByCharactersAndRejectsInts() {
        EnvironmentInstance i = instance(LOGGED_IN);
        run(i, "mention(tweet_id=0, mentioned_usernames='ab')");
        assertEquals("Error during execution: 'int' object is not iterable",
                run(i, "mention(tweet_id=0, mentioned_usernames=7)").text());
        assertEquals("['a', 'b']", mentions(run(i, "get_user_tweets(username='u')").text()));
    }

    @Test
    public void failuresCarryTheirCause() {
        ToolResult r = run(instance("{}"), "retweet(tweet_id=1)");
        assertEquals(FailureKind.NOT_AUTHENTICATED, r.failure().kind());
        ToolResult missing = run(instance(LOGGED_IN), "comment(tweet_id=9, comment_content='x')");
        assertEquals(FailureKind.NOT_FOUND, missing.failure().kind());
        assertEquals("tweet_id", missing.failure().parameter());
        assertNull(run(instance(LOGGED_IN), "follow_user(username_to_follow='alice')").failure());
        assertFalse(run(instance("{}"), "get_user_stats(username='john')").failed());
        assertEquals("{\"tweet_count\": 0, \"following_count\": 2, \"retweet_count\": 0}",
                run(instance("{}"), "get_user_stats(username='john')").text());
    }

    private static String content(String json) {
        int start = json.indexOf("\"content\": \"") + 12;
        return json.substring(start, json.indexOf('"', start));
    }

    private static String mentions(String repr) {
        int start = repr.indexOf("'mentions': ") + 12;
        return repr.substring(start, repr.indexOf(']', start) + 1);
    }
}
