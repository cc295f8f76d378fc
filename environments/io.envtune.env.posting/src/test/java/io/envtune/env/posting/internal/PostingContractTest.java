package io.envtune.env.posting.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * TwitterAPI keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code post_base_2}.
 */
public final class PostingContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new TwitterEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"username\": \"maya\", \"password\": \"sun42\", \"authenticated\": true, "
            + "\"tweets\": {\"0\": {\"id\": 0, \"username\": \"maya\", \"content\": \"Hello garden friends\", "
            + "\"tags\": [\"#garden\"], \"mentions\": []}, \"1\": {\"id\": 1, \"username\": \"leo\", "
            + "\"content\": \"Water your plants early\", \"tags\": [\"#tips\"], \"mentions\": []}}, "
            + "\"comments\": {}, \"retweets\": {}, \"following_list\": [\"leo\", \"nina\"], \"tweet_counter\": 2}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "follow_user(username_to_follow='sam')",
            "list_all_following()");
    }
}
