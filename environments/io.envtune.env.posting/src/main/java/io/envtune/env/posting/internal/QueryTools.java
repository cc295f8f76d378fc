package io.envtune.env.posting.internal;

import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only tools of TwitterAPI; none needs a login. Lists come back as Python lists (printed with
 * {@code str()}), and the tweet dicts are the stored ones, as in the reference.
 */
final class QueryTools {

    private QueryTools() {
    }

    /** {@code get_tweet}. */
    static Object getTweet(PostingState s, Object tweetId) {
        if (!PyValues.containsKey(s.tweets, tweetId, null)) {
            return TweetTools.notFound(tweetId);
        }
        return PyValues.get(s.tweets, tweetId, null);
    }

    /** {@code get_user_tweets}: every tweet whose author equals {@code username}, in insertion order. */
    static Object userTweets(PostingState s, Object username) {
        List<Object> out = new ArrayList<>();
        for (Object tweet : s.tweets.values()) {
            if (PyValues.eq(PyValues.item(tweet, "username"), username)) {
                out.add(tweet);
            }
        }
        return out;
    }

    /** {@code search_tweets}: case-insensitive substring of the content, or case-insensitive equal tag. */
    static Object search(PostingState s, Object keyword) {
        List<Object> out = new ArrayList<>();
        for (Object tweet : s.tweets.values()) {
            String key = lower(keyword, "keyword");
            if (lower(PyValues.item(tweet, "content"), null).contains(key) || hasTag(tweet, key)) {
                out.add(tweet);
            }
        }
        return out;
    }

    /** {@code key in [tag.lower() for tag in tweet["tags"]]}: every tag is lowered before the test. */
    private static boolean hasTag(Object tweet, String key) {
        List<String> lowered = new ArrayList<>();
        for (Object tag : PyValues.iterate(PyValues.item(tweet, "tags"), null)) {
            lowered.add(lower(tag, null));
        }
        return lowered.contains(key);
    }

    /** {@code value.lower()}. */
    private static String lower(Object value, String parameter) {
        return PyText.lower(PyText.receiver(value, "lower", parameter));
    }

    /** {@code get_tweet_comments}: comments stored under an equal key (scenario keys are strings, so they miss). */
    static Object comments(PostingState s, Object tweetId) {
        if (!PyValues.containsKey(s.tweets, tweetId, null)) {
            return TweetTools.notFound(tweetId);
        }
        return PyValues.containsKey(s.comments, tweetId, null) ? PyValues.get(s.comments, tweetId, null)
            : new ArrayList<>();
    }

    /** {@code get_user_stats}: the following count only for the account's own name; login is not checked. */
    static Object userStats(PostingState s, Object username) {
        long tweetCount = 0;
        for (Object tweet : s.tweets.values()) {
            if (PyValues.eq(PyValues.item(tweet, "username"), username)) {
                tweetCount++;
            }
        }
        long following = PyValues.eq(username, s.username) ? s.followingList.size() : 0;
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("tweet_count", tweetCount);
        stats.put("following_count", following);
        stats.put("retweet_count", PyValues.containsKey(s.retweets, username, null)
            ? (long) PyValues.iterate(PyValues.get(s.retweets, username, null), null).size() : 0L);
        return stats;
    }
}
