package io.envtune.env.posting.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import io.envtune.toolkit.PyTypes;
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
    static Object post(TwitterState s, Object content, Object tags, Object mentions) {
        if (!PyTypes.truthy(s.authenticated)) {
            return AccountTools.notAuthenticated("posting");
        }
        Map<String, Object> tweet = new LinkedHashMap<>();
        tweet.put("id", s.tweetCounter);
        tweet.put("username", s.username);
        tweet.put("content", content);
        tweet.put("tags", tags == s.defaultTags ? tags : ownCopy(tags));
        tweet.put("mentions", mentions == s.defaultMentions ? mentions : ownCopy(mentions));
        PyOps.setItem(s.tweets, s.tweetCounter, tweet);
        s.tweetCounter = PyOps.plusOne(s.tweetCounter);
        return tweet;
    }

    /** {@code retweet}: one entry per tweet in {@code retweets[username]}. */
    @SuppressWarnings("unchecked")
    static Object retweet(TwitterState s, Object tweetId) {
        if (!PyTypes.truthy(s.authenticated)) {
            return AccountTools.notAuthenticated("retweeting");
        }
        if (!PyOps.hasKey(s.tweets, tweetId)) {
            return notFound(tweetId);
        }
        Object user = PyOps.findKey(s.retweets, s.username);
        if (user == PyOps.ABSENT) {
            PyOps.setItem(s.retweets, s.username, new ArrayList<>());
            user = s.username;
        }
        Object mine = s.retweets.get(user);
        if (!(mine instanceof List)) {
            throw new PyException(PyOps.noAttribute(mine, "append"));
        }
        if (PyOps.listContains((List<Object>) mine, tweetId)) {
            return AccountTools.dict("retweet_status", "Already retweeted");
        }
        ((List<Object>) mine).add(tweetId);
        return AccountTools.dict("retweet_status", "Successfully retweeted");
    }

    /** {@code comment}: appends {@code {username, content}} under the id as given. */
    @SuppressWarnings("unchecked")
    static Object comment(TwitterState s, Object tweetId, Object content) {
        if (!PyTypes.truthy(s.authenticated)) {
            return AccountTools.notAuthenticated("commenting");
        }
        if (!PyOps.hasKey(s.tweets, tweetId)) {
            return notFound(tweetId);
        }
        if (!PyOps.hasKey(s.comments, tweetId)) {
            PyOps.setItem(s.comments, tweetId, new ArrayList<>());
        }
        Object list = s.comments.get(PyOps.findKey(s.comments, tweetId));
        if (!(list instanceof List)) {
            throw new PyException(PyOps.noAttribute(list, "append"));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("username", s.username);
        entry.put("content", content);
        ((List<Object>) list).add(entry);
        return AccountTools.dict("comment_status", "Comment added successfully");
    }

    /** {@code mention}: extends the tweet's mention list in place (shared default lists included); no login. */
    static Object mention(TwitterState s, Object tweetId, Object usernames) {
        if (!PyOps.hasKey(s.tweets, tweetId)) {
            return notFound(tweetId);
        }
        Object tweet = s.tweets.get(PyOps.findKey(s.tweets, tweetId));
        PyOps.extend(PyOps.getItem(tweet, "mentions"), usernames, "mentioned_usernames");
        return AccountTools.dict("mention_status", "Users mentioned successfully");
    }

    /** The reference's not-found error, printing the id with {@code str()}. */
    static Failed notFound(Object tweetId) {
        String id = PyRepr.str(tweetId);
        return new Failed(AccountTools.dict("error", "Tweet with ID " + id + " not found."), FailureKind.NOT_FOUND,
                "tweet_id", id);
    }

    /** A fresh mutable list with the argument's items; non-list arguments are stored unchanged, as Python would. */
    private static Object ownCopy(Object value) {
        return value instanceof List<?> l ? new ArrayList<Object>(l) : value;
    }
}
