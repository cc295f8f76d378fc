package io.envtune.env.posting.internal;

import static io.envtune.testkit.HintCheck.assertContains;
import static org.junit.Assert.assertFalse;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.HintCheck;
import org.junit.Test;

/** TwitterAPI's login and tweet-id prerequisites, from a real instance through the augmenter. */
public final class PostingAugmenterTest {

    private static final String SCENARIO = "{\"username\": \"john\", \"password\": \"secret123\", "
        + "\"authenticated\": false, \"tweets\": {\"0\": {\"id\": 0, \"username\": \"john\", \"content\": \"Hi\", "
        + "\"tags\": [], \"mentions\": []}}, \"tweet_counter\": 1}";

    private final ToolEnvironment env = new PostingEnvironment();
    private final HintCheck hints = new HintCheck(env, new PostingAugmenter());
    private final EnvironmentInstance twitter = env.create(SCENARIO, EnvironmentOptions.DEFAULT);

    private String hint(String text) {
        return hints.hint(twitter, text);
    }

    @Test
    public void writesNeedALoginAndCredentialsAreNeverRevealed() {
        assertContains(hint("post_tweet(content='hello')"), "authenticate_twitter");
        assertContains(hint("comment(tweet_id=0, comment_content='x')"), "authenticate_twitter");
        String wrong = hint("authenticate_twitter(username='john', password='guess')");
        assertContains(wrong, "do not match");
        assertFalse(wrong, wrong.contains("secret123"));
    }

    @Test
    public void missingTweetsPointToTheListingToolsAndQuotedIds() {
        assertContains(hint("get_tweet(tweet_id=7)"), "No tweet with id 7", "get_user_tweets", "search_tweets");
        assertContains(hint("get_tweet(tweet_id='0')"), "tweet ids are integers");
    }
}
