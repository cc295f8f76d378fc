package io.envtune.env.posting.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Precondition hints for TwitterAPI (posting): the login the write tools need, credentials that do not match, and
 * tweet ids that do not exist (ids are integers, which a quoted id never matches). Reads the structured failure and
 * the call's arguments, never the result string.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class PostingAugmenter extends TableAugmenter {

    /** Creates the component; it has no configuration. */
    public PostingAugmenter() {
        super(PostingTable.TABLE);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        return switch (f.kind()) {
            case NOT_AUTHENTICATED -> "You are not logged in to the posting service. Log in first with "
                + "authenticate_twitter (username and password); posting_get_login_status tells whether you are "
                + "logged in.";
            case INVALID_VALUE -> "authenticate_twitter".equals(f.tool()) ? "The username and password do not match "
                + "the account. Use the credentials exactly as the user gave them, or ask the user for them." : null;
            case NOT_FOUND -> "tweet_id".equals(f.parameter()) ? tweet(args) : null;
            default -> null;
        };
    }

    private static String tweet(HintArgs args) {
        String id = args.text("tweet_id");
        String find = " get_user_tweets lists a user's tweets and search_tweets finds tweets by keyword, each with "
            + "its id; post_tweet returns the id of a new tweet.";
        if (args.isString("tweet_id")) {
            return "tweet_id '" + id + "' is a string, but tweet ids are integers: pass the number itself." + find;
        }
        return "No tweet with id " + id + "." + find;
    }
}
