package io.envtune.env.posting.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.TaskDraft;
import org.osgi.service.component.annotations.Component;

/**
 * Generates TwitterAPI tasks: an account with its own credentials, half the time logged in, some tweets by itself
 * and others and a following list; then turns of log-ins, posts, retweets, comments, mentions, follows, look-ups and
 * searches that follow the model of the account. Ids {@code gen_posting_<split>_<seed>_<i>}.
 */
@Component(service = TaskGenerator.class)
public final class PostingGenerator extends DraftGenerator {

    /** Creates the component; it has no configuration. */
    public PostingGenerator() {
        super(PostingTable.OWNER, "posting");
    }

    @Override
    protected TaskDraft draft(DraftContext c) {
        PostModel model = new PostModel(c.random());
        TaskDraft draft = new TaskDraft(PostingTable.OWNER, model.scenarioJson());
        PostRequests requests = new PostRequests(model, c.wording());
        for (int t = 0; t < c.turns(); t++) {
            draft.turn(c.fillTurn(requests.menu()));
        }
        return draft;
    }
}
