package io.envtune.env.message.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.TaskDraft;
import org.osgi.service.component.annotations.Component;

/**
 * Generates MessageAPI tasks: a workspace of three to six users with contiguous ids, a few inbox messages and, two
 * times in three, a logged-in user; then turns of lookups, log-ins, sends, deletions, searches and statistics that
 * follow the model of the workspace. Ids {@code gen_message_<split>_<seed>_<i>}.
 */
@Component(service = TaskGenerator.class)
public final class MessageGenerator extends DraftGenerator {

    /** Creates the component; it has no configuration. */
    public MessageGenerator() {
        super(MessageTable.ID, "message");
    }

    @Override
    protected TaskDraft draft(DraftContext c) {
        MsgModel model = new MsgModel(c.random());
        TaskDraft draft = new TaskDraft(MessageTable.ID, model.scenarioJson());
        MsgRequests requests = new MsgRequests(model, c.wording());
        for (int t = 0; t < c.turns(); t++) {
            draft.turn(c.fillTurn(requests.menu()));
        }
        return draft;
    }
}
