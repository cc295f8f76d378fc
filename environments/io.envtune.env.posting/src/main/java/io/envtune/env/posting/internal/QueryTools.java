package io.envtune.env.posting.internal;

import io.envtune.toolkit.PyEquality;
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
    static Object getTweet(TwitterState s, Object tweetId) {
        if (!PyOps.hasKey(s.tweets, tweetId)) {
            return TweetTools.notFound(tweetId);
        }
        return s.tweets.get(PyOps.findKey(s.tweets, tweetId));
    }

    /** {@code get_user_tweets}: every tweet whose author equals {@code username}, in insertion order. */
    static Object userTweets(TwitterState s, Object username) {
        List<Object> out = new ArrayList<>();
        for (Object tweet : s.tweets.values()) {
            if (PyEquality.eq(PyOps.getItem(tweet, "username"), username)) {
                out.add(tweet);
            }
        }
        return out;
    }

    /** {@code search_tweets}: case-insensitive substring of the content, or case-insensitive equal tag. */
    static Object search(TwitterState s, Object keyword) {
        List<Object> out = new ArrayList<>();
        for (Object tweet : s.tweets.values()) {
            String key = PyOps.lower(keyword, "keyword");
            if (PyOps.lower(PyOps.getItem(tweet, "content"), null).contains(key) || hasTag(tweet, key)) {
                out.add(tweet);
            }
        }
        return out;
    }

    /** {@code key in [tag.lower() for tag in tweet["tags"]]}: every tag is lowered before the test. */
    private static boolean hasTag(Object tweet, String key) {
        List<String> lowered = new ArrayList<>();
        for (Object tag : PyOps.iterate(PyOps.getItem(tweet, "tags"), null)) {
            lowered.add(PyOps.lower(tag, null));
        }
        return lowered.contains(key);
    }

    /** {@code get_tweet_comments}: comments stored under an equal key (scenario keys are strings, so they miss). */
    static Object comments(TwitterState s, Object tweetId) {
        if (!PyOps.hasKey(s.tweets, tweetId)) {
            return TweetTools.notFound(tweetId);
        }
        Object key = PyOps.findKey(s.comments, tweetId);
        return key == PyOps.ABSENT ? new ArrayList<>() : s.comments.get(key);
    }

    /** {@code get_user_stats}: the following count only for the account's own name; login is not checked. */
    static Object userStats(TwitterState s, Object username) {
        long tweetCount = 0;
        for (Object tweet : s.tweets.values()) {
            if (PyEquality.eq(PyOps.getItem(tweet, "username"), username)) {
                tweetCount++;
            }
        }
        long following = PyEquality.eq(username, s.username) ? s.followingList.size() : 0;
        Object key = PyOps.findKey(s.retweets, username);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("tweet_count", tweetCount);
        stats.put("following_count", following);
        stats.put("retweet_count", key == PyOps.ABSENT ? 0L : (long) PyOps.iterate(s.retweets.get(key), null).size());
        return stats;
    }
}
