package io.envtune.env.posting.internal;

import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Request makers for TwitterAPI. Tools that need a log-in are asked for only once the model is authenticated; tweet
 * ids are ones the model holds; follows and unfollows only change the list (never a no-op {@code false}).
 */
final class PostRequests {

    private static final List<String> TAGS = List.of("#estuary", "#ceramics", "#mothnight", "#sourdough",
        "#astronomy", "#beekeeping", "#cycling", "#radiorepair", "#seedswap", "#fieldwork");
    private static final List<String> REPLIES = List.of("Gorgeous, where was this taken?", "Congrats, well earned!",
        "Count me in for Tuesday.", "Which lens did you use?", "Saving this for later.", "Ha, same thing happened to me.");

    private final PostModel m;
    private final Wording w;
    private final SplittableRandom r;

    PostRequests(PostModel model, Wording wording) {
        this.m = model;
        this.w = wording;
        this.r = wording.random();
    }

    List<IntFunction<Request>> menu() {
        return List.of(room -> login(), room -> status(), room -> post(), room -> retweet(), room -> comment(),
            room -> mention(), room -> follow(), room -> unfollow(), room -> following(), room -> getTweet(),
            room -> userTweets(), room -> search(), room -> comments(), room -> stats());
    }

    private Request login() {
        if (m.authenticated) {
            return null;
        }
        m.authenticated = true;
        return Request.of(w.phrase(List.of("log me in as {u} with password {p}", "authenticate with username {u} and "
            + "password {p}", "sign in to my account {u}, the password is {p}"), "u", w.quote(m.username),
            "p", w.quote(m.password)), CallText.of("authenticate_twitter", "username", m.username, "password",
                m.password)).vague(w.phrase(List.of("log me in as {u}", "sign in to my account {u}"), "u",
                    w.quote(m.username)), w.phrase(List.of("The password is {p}.", "Use {p} as the password."), "p",
                        w.quote(m.password)));
    }

    private Request status() {
        return Request.of(w.pick("check if I'm logged in", "tell me whether my session is active",
            "confirm my login state"), CallText.of("posting_get_login_status"));
    }

    private Request post() {
        if (!m.authenticated) {
            return null;
        }
        String text = w.pick(PostModel.CONTENTS);
        List<String> tags = new ArrayList<>();
        for (int n = r.nextInt(3); n > 0; n--) {
            String tag = w.pick(TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        m.tweets.put((long) m.tweets.size(), new String[] {m.username, text});
        String clause = w.phrase(List.of("post {t}", "tweet out {t}", "publish a post saying {t}",
            "share {t} with my followers"), "t", "\"" + text + "\"");
        if (tags.isEmpty()) {
            return Request.of(clause, CallText.of("post_tweet", "content", text)).vague(w.pick("post something for me",
                "publish a new tweet"), w.phrase(List.of("The text is: {t}", "Post exactly: {t}"), "t", text));
        }
        return Request.of(clause + w.pick(" with the tags ", ", tagged ", " using hashtags ") + w.list(tags),
            CallText.of("post_tweet", "content", text, "tags", tags));
    }

    private Long someTweet() {
        return m.tweets.isEmpty() ? null : w.pick(List.copyOf(m.tweets.keySet()));
    }

    private Request retweet() {
        Long id = someTweet();
        if (!m.authenticated || id == null || m.retweeted.contains(id)) {
            return null;
        }
        m.retweeted.add(id);
        return Request.of(w.phrase(List.of("retweet tweet {id}", "share post number {id} again on my timeline",
            "boost the tweet with id {id}"), "id", id), CallText.of("retweet", "tweet_id", id));
    }

    private Request comment() {
        Long id = someTweet();
        if (!m.authenticated || id == null) {
            return null;
        }
        String reply = w.pick(REPLIES);
        return Request.of(w.phrase(List.of("reply to tweet {id} with {c}", "comment {c} under post {id}",
            "leave the comment {c} on tweet number {id}"), "id", id, "c", "\"" + reply + "\""),
            CallText.of("comment", "tweet_id", id, "comment_content", reply)).vague(
                w.phrase(List.of("leave a comment on tweet {id}", "reply to post {id}"), "id", id),
                w.phrase(List.of("Say: {c}", "The comment is: {c}"), "c", reply));
    }

    private Request mention() {
        Long id = someTweet();
        if (id == null) {
            return null;
        }
        List<String> who = new ArrayList<>(List.of(w.pick(PostModel.HANDLES)));
        String second = w.pick(PostModel.HANDLES);
        if (r.nextBoolean() && !who.contains(second)) {
            who.add(second);
        }
        return Request.of(w.phrase(List.of("mention {u} in tweet {id}", "tag {u} on post {id}", "add {u} as mentions "
            + "to tweet number {id}"), "u", w.list(who), "id", id),
            CallText.of("mention", "tweet_id", id, "mentioned_usernames", who));
    }

    private Request follow() {
        List<String> candidates = m.notFollowed();
        if (!m.authenticated || candidates.isEmpty()) {
            return null;
        }
        String u = w.pick(candidates);
        m.following.add(u);
        return Request.of(w.phrase(List.of("follow {u}", "start following {u}", "add {u} to the accounts I follow"),
            "u", w.quote(u)), CallText.of("follow_user", "username_to_follow", u)).vague(
                w.pick("follow a new account", "start following someone"),
                w.phrase(List.of("The account is {u}.", "Follow {u}."), "u", w.quote(u)));
    }

    private Request unfollow() {
        if (!m.authenticated || m.following.isEmpty()) {
            return null;
        }
        String u = w.pick(m.following);
        m.following.remove(u);
        return Request.of(w.phrase(List.of("unfollow {u}", "stop following {u}", "drop {u} from my following list"),
            "u", w.quote(u)), CallText.of("unfollow_user", "username_to_unfollow", u));
    }

    private Request following() {
        return !m.authenticated ? null : Request.of(w.pick("list everyone I follow", "show my following list",
            "tell me which accounts I'm following"), CallText.of("list_all_following"));
    }

    private Request getTweet() {
        Long id = someTweet();
        return id == null ? null : Request.of(w.phrase(List.of("show me tweet {id}", "fetch the post with id {id}",
            "pull up tweet number {id}"), "id", id), CallText.of("get_tweet", "tweet_id", id));
    }

    private Request userTweets() {
        List<String> authors = new ArrayList<>(m.authors());
        authors.add(m.username);
        String u = w.pick(authors);
        return Request.of(w.phrase(List.of("list all tweets by {u}", "show what {u} has posted",
            "get every post from {u}"), "u", w.quote(u)), CallText.of("get_user_tweets", "username", u));
    }

    private Request search() {
        if (m.tweets.isEmpty()) {
            return null;
        }
        String[] words = w.pick(List.copyOf(m.tweets.values()))[1].replaceAll("[^A-Za-z ]", "").split(" ");
        String k = words[r.nextInt(words.length)];
        return k.length() < 4 ? null : Request.of(w.phrase(List.of("search tweets for {k}", "find posts that mention "
            + "{k}", "look up tweets containing {k}"), "k", w.quote(k)), CallText.of("search_tweets", "keyword", k));
    }

    private Request comments() {
        Long id = someTweet();
        return id == null ? null : Request.of(w.phrase(List.of("show the comments on tweet {id}", "list the replies "
            + "under post {id}", "what have people said on tweet {id}, show me"), "id", id),
            CallText.of("get_tweet_comments", "tweet_id", id));
    }

    private Request stats() {
        String u = r.nextBoolean() ? m.username : w.pick(PostModel.HANDLES);
        return Request.of(w.phrase(List.of("get the stats for {u}", "show follower and tweet counts for {u}",
            "pull up {u}'s profile numbers"), "u", w.quote(u)), CallText.of("get_user_stats", "username", u));
    }
}
