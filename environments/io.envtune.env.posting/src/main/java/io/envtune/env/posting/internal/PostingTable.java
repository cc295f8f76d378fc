package io.envtune.env.posting.internal;

import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The 14 tools of TwitterAPI with their Python signatures, declared once and shared by every instance. */
final class PostingTable {

    /** The BFCL class name, also the environment id. */
    static final String OWNER = "TwitterAPI";

    /**
     * Markers for omitted {@code tags}/{@code mentions}: distinct empty lists compared by identity, so an explicit
     * {@code tags=[]} (a new list) is told apart from the default and only omitted arguments share the state's list.
     */
    private static final List<Object> TAGS_DEFAULT = Collections.unmodifiableList(new ArrayList<>());
    private static final List<Object> MENTIONS_DEFAULT = Collections.unmodifiableList(new ArrayList<>());

    /** The table. */
    static final ToolTable<PostingState> TABLE = ToolTable.<PostingState>builder(OWNER)
            .tool("authenticate_twitter", "Log in to the Twitter account with its username and password.",
                    (s, a) -> AccountTools.authenticate(s, a.get("username"), a.get("password")),
                    Param.required("username", "string", "Account username."),
                    Param.required("password", "string", "Account password."))
            .tool("posting_get_login_status", "Tell whether the Twitter account is logged in.",
                    (s, a) -> AccountTools.loginStatus(s))
            .tool("post_tweet", "Publish a tweet from the logged-in account, optionally with tags and mentions.",
                    PostingTable::postTweet,
                    Param.required("content", "string", "Text of the tweet."),
                    Param.optional("tags", "array", "Hashtags such as #topic; only when tags are wanted.", TAGS_DEFAULT),
                    Param.optional("mentions", "array", "Mentioned users such as @name; only when wanted.",
                            MENTIONS_DEFAULT))
            .tool("retweet", "Retweet a tweet from the logged-in account.",
                    (s, a) -> TweetTools.retweet(s, a.get("tweet_id")),
                    Param.required("tweet_id", "integer", "Id of the tweet to retweet."))
            .tool("comment", "Add a comment to a tweet from the logged-in account.",
                    (s, a) -> TweetTools.comment(s, a.get("tweet_id"), a.get("comment_content")),
                    Param.required("tweet_id", "integer", "Id of the tweet to comment on."),
                    Param.required("comment_content", "string", "Text of the comment."))
            .tool("mention", "Add mentioned users to an existing tweet.",
                    (s, a) -> TweetTools.mention(s, a.get("tweet_id"), a.get("mentioned_usernames")),
                    Param.required("tweet_id", "integer", "Id of the tweet."),
                    Param.required("mentioned_usernames", "array", "Usernames to mention."))
            .tool("follow_user", "Follow a user from the logged-in account.",
                    (s, a) -> AccountTools.follow(s, a.get("username_to_follow")),
                    Param.required("username_to_follow", "string", "Username to follow."))
            .tool("list_all_following", "List the users the logged-in account follows.",
                    (s, a) -> AccountTools.listFollowing(s))
            .tool("unfollow_user", "Stop following a user from the logged-in account.",
                    (s, a) -> AccountTools.unfollow(s, a.get("username_to_unfollow")),
                    Param.required("username_to_unfollow", "string", "Username to stop following."))
            .tool("get_tweet", "Fetch one tweet by id.",
                    (s, a) -> QueryTools.getTweet(s, a.get("tweet_id")),
                    Param.required("tweet_id", "integer", "Id of the tweet."))
            .tool("get_user_tweets", "List every tweet written by a user.",
                    (s, a) -> QueryTools.userTweets(s, a.get("username")),
                    Param.required("username", "string", "Author whose tweets are wanted."))
            .tool("search_tweets", "Find tweets whose text contains a keyword or that carry it as a tag.",
                    (s, a) -> QueryTools.search(s, a.get("keyword")),
                    Param.required("keyword", "string", "Word to look for, case-insensitive."))
            .tool("get_tweet_comments", "List the comments on a tweet.",
                    (s, a) -> QueryTools.comments(s, a.get("tweet_id")),
                    Param.required("tweet_id", "integer", "Id of the tweet."))
            .tool("get_user_stats", "Count a user's tweets, followed accounts and retweets.",
                    (s, a) -> QueryTools.userStats(s, a.get("username")),
                    Param.required("username", "string", "User to report on."))
            .build();

    private PostingTable() {
    }

    /** Swaps the default markers for the state's shared default lists before posting. */
    private static Object postTweet(PostingState s, BoundArgs a) {
        Object tags = a.get("tags") == TAGS_DEFAULT ? s.defaultTags : a.get("tags");
        Object mentions = a.get("mentions") == MENTIONS_DEFAULT ? s.defaultMentions : a.get("mentions");
        return TweetTools.post(s, a.get("content"), tags, mentions);
    }
}
