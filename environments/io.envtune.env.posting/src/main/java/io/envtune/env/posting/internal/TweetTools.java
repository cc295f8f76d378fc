package io.envtune.env.posting.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tweet tools of TwitterAPI that change state: posting, retweeting, commenting and mentioning. Tweet ids are
 * looked up with Python dict semantics, so {@code '3'} is "not found" while {@code 3.0} finds tweet 3.
 */
final class TweetTools {

    private TweetTools() {
    }

    /**
     * {@code post_tweet}. The caller passes the state's shared default lists for omitted {@code tags}/{@code mentions};
     * given lists are stored as fresh copies (a call's argument objects are never seen again, so this is invisible).
     */
    static Object post(PostingState s, Object content, Object tags, Object mentions) {
        if (!PyValues.truthy(s.authenticated)) {
            return AccountTools.notAuthenticated("posting");
        }
        Map<String, Object> tweet = new LinkedHashMap<>();
        tweet.put("id", s.tweetCounter);
        tweet.put("username", s.username);
        tweet.put("content", content);
        tweet.put("tags", tags == s.defaultTags ? tags : ownCopy(tags));
        tweet.put("mentions", mentions == s.defaultMentions ? mentions : ownCopy(mentions));
        PyValues.setItem(s.tweets, s.tweetCounter, tweet, null);
        s.tweetCounter = PyArith.iadd(s.tweetCounter, 1L);
        return tweet;
    }

    /** {@code retweet}: one entry per tweet in {@code retweets[username]}. */
    @SuppressWarnings("unchecked")
    static Object retweet(PostingState s, Object tweetId) {
        if (!PyValues.truthy(s.authenticated)) {
            return AccountTools.notAuthenticated("retweeting");
        }
        if (!PyValues.containsKey(s.tweets, tweetId, null)) {
            return notFound(tweetId);
        }
        if (!PyValues.containsKey(s.retweets, s.username, null)) {
            PyValues.setItem(s.retweets, s.username, new ArrayList<>(), null);
        }
        Object mine = PyValues.get(s.retweets, s.username, null);
        if (!(mine instanceof List)) {
            throw PyValues.attributeError(mine, "append", null);
        }
        if (PyValues.contains(mine, tweetId)) {
            return PyValues.dict("retweet_status", "Already retweeted");
        }
        ((List<Object>) mine).add(tweetId);
        return PyValues.dict("retweet_status", "Successfully retweeted");
    }

    /** {@code comment}: appends {@code {username, content}} under the id as given. */
    @SuppressWarnings("unchecked")
    static Object comment(PostingState s, Object tweetId, Object content) {
        if (!PyValues.truthy(s.authenticated)) {
            return AccountTools.notAuthenticated("commenting");
        }
        if (!PyValues.containsKey(s.tweets, tweetId, null)) {
            return notFound(tweetId);
        }
        if (!PyValues.containsKey(s.comments, tweetId, null)) {
            PyValues.setItem(s.comments, tweetId, new ArrayList<>(), null);
        }
        Object list = PyValues.get(s.comments, tweetId, null);
        if (!(list instanceof List)) {
            throw PyValues.attributeError(list, "append", null);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("username", s.username);
        entry.put("content", content);
        ((List<Object>) list).add(entry);
        return PyValues.dict("comment_status", "Comment added successfully");
    }

    /** {@code mention}: extends the tweet's mention list in place (shared default lists included); no login. */
    @SuppressWarnings("unchecked")
    static Object mention(PostingState s, Object tweetId, Object usernames) {
        if (!PyValues.containsKey(s.tweets, tweetId, null)) {
            return notFound(tweetId);
        }
        Object tweet = PyValues.get(s.tweets, tweetId, null);
        Object mentions = PyValues.item(tweet, "mentions");
        if (!(mentions instanceof List)) {
            throw PyValues.attributeError(mentions, "extend", null);
        }
        ((List<Object>) mentions).addAll(PyValues.iterate(usernames, "mentioned_usernames"));
        return PyValues.dict("mention_status", "Users mentioned successfully");
    }

    /** The reference's not-found error, printing the id with {@code str()}. */
    static Failed notFound(Object tweetId) {
        String id = PyText.str(tweetId);
        return new Failed(PyValues.dict("error", "Tweet with ID " + id + " not found."), FailureKind.NOT_FOUND,
                "tweet_id", id);
    }

    /** A fresh mutable list with the argument's items; non-list arguments are stored unchanged, as Python would. */
    private static Object ownCopy(Object value) {
        return value instanceof List<?> l ? new ArrayList<Object>(l) : value;
    }
}
