package io.envtune.env.posting.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.PyValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one TwitterAPI instance: the public attributes of the reference class, loaded from a scenario like
 * its {@code _load_scenario} (defaults for missing keys; tweet ids converted to int, comment ids left as they are).
 * Confined to one thread, like the episode it belongs to.
 */
final class PostingState implements DomainState {

    Object username = "john";
    Object password = "john123";
    Object authenticated = Boolean.FALSE;
    Map<Object, Object> tweets = new LinkedHashMap<>();
    Map<Object, Object> comments = new LinkedHashMap<>();
    Map<Object, Object> retweets = new LinkedHashMap<>();
    List<Object> followingList = new ArrayList<>(List.of("alice", "bob"));
    Object tweetCounter = 0L;

    /**
     * The reference's {@code post_tweet(tags=[], mentions=[])} defaults are single list objects shared by every call
     * that omits them, so {@code mention} on one such tweet shows on all of them. Python shares them process-wide;
     * here each state owns its pair, which reproduces the sharing inside an episode without global state.
     */
    final List<Object> defaultTags = new ArrayList<>();
    final List<Object> defaultMentions = new ArrayList<>();

    /**
     * @param scenarioJson the {@code TwitterAPI} block of a BFCL initial config, {@code {}} for the defaults
     * @throws IllegalArgumentException when it is not a JSON object of the expected shape
     */
    PostingState(String scenarioJson) {
        Map<String, Object> scenario = Scenario.object(PyValues.deepCopy(PyValues.fromJson(scenarioJson)), "scenario");
        username = scenario.getOrDefault("username", username);
        password = scenario.getOrDefault("password", password);
        authenticated = scenario.getOrDefault("authenticated", authenticated);
        tweets = intKeys(Scenario.dict(scenario, "tweets", tweets));
        comments = Scenario.dict(scenario, "comments", comments);
        retweets = Scenario.dict(scenario, "retweets", retweets);
        followingList = Scenario.list(scenario, "following_list", followingList);
        tweetCounter = scenario.getOrDefault("tweet_counter", tweetCounter);
    }

    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("username", username, "password", password, "authenticated", authenticated, "tweets", tweets,
            "comments", comments, "retweets", retweets, "following_list", followingList, "tweet_counter", tweetCounter);
    }

    /** {@code {int(k): v for k, v in tweets.items()}}. */
    private static Map<Object, Object> intKeys(Map<Object, Object> raw) {
        Map<Object, Object> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> PyValues.setItem(out, pythonInt(k), v, null));
        return out;
    }

    /** {@code int(text)} for a JSON object key: surrounding whitespace, a sign and {@code _} separators allowed. */
    private static Object pythonInt(Object key) {
        String text = String.valueOf(key).strip();
        if (!text.matches("[+-]?\\d+(_\\d+)*")) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: '" + key + "'");
        }
        BigInteger value = new BigInteger(text.replace("_", ""));
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
