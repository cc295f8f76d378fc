package io.envtune.env.ticket.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;

/**
 * Generates TicketAPI tasks: a random queue ({@link TicketScenarios}) and turns of requests ({@link TicketAsks})
 * chosen among those the current state allows, each run at once on a live instance ({@link TicketWorld}) so that the
 * ground truth always replays. A logged-out user usually signs in first. Stateless and thread-safe.
 */
@Component(service = TaskGenerator.class)
public final class TicketGenerator extends DraftGenerator {

    /** The requests, listed more than once where they should come up more often. */
    private static final List<Function<TicketWorld, Request>> ASKS = List.of(TicketAsks::login, TicketAsks::login,
        TicketAsks::create, TicketAsks::create, TicketAsks::show, TicketAsks::close, TicketAsks::close,
        TicketAsks::resolve, TicketAsks::resolve, TicketAsks::edit, TicketAsks::edit, TicketAsks::list,
        TicketAsks::findAndClose, TicketAsks::status, TicketAsks::login);

    /** Creates the component; it has no configuration. */
    public TicketGenerator() {
        super(TicketTable.OWNER, "ticket");
    }

    @Override
    protected TaskDraft draft(DraftContext context) {
        Map<String, Object> scenario = TicketScenarios.scenario(context.wording());
        TicketWorld world = new TicketWorld(context.wording(), scenario);
        TaskDraft draft = new TaskDraft(TicketTable.OWNER, PyText.dumps(scenario));
        for (int turn = 0; turn < context.turns(); turn++) {
            List<Request> requests = new ArrayList<>(context.fillTurn(menu(world)));
            if (turn == context.turns() - 1 && context.chance(15)
                && requests.stream().mapToInt(r -> r.calls().size()).sum() < context.maxCallsPerTurn()) {
                // Signing out is only asked for at the end, so no later request needs the session again.
                Request out = TicketAsks.logout(world);
                if (out != null) {
                    world.run(out);
                    requests.add(out);
                }
            }
            draft.turn(requests);
        }
        return draft;
    }

    /** @return the menu for {@link DraftContext#fillTurn}: each maker runs the request it gives on the world */
    private static List<IntFunction<Request>> menu(TicketWorld world) {
        return ASKS.stream().map(ask -> (IntFunction<Request>) room -> world.offer(ask.apply(world), room)).toList();
    }
}
