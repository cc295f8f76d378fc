package io.envtune.env.travel.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.env.travel.internal.TravelScenarios.Traveller;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;

/**
 * Generates TravelAPI tasks: a random traveller, cards and bookings ({@link TravelScenarios}) and turns of requests
 * ({@link TravelFlightAsks}, {@link TravelAccountAsks}) chosen among those the current state allows, each run at once
 * on a live instance ({@link TravelWorld}) so that ids and tokens drawn by the domain appear in later calls exactly.
 * A user without a session usually authenticates first. Stateless and thread-safe.
 */
@Component(service = TaskGenerator.class)
public final class TravelGenerator extends DraftGenerator {

    /** The requests, listed more than once where they should come up more often. */
    private static final List<Function<TravelWorld, Request>> ASKS = List.of(TravelAccountAsks::authenticate,
        TravelAccountAsks::authenticate, TravelFlightAsks::cost, TravelFlightAsks::cost, TravelFlightAsks::costByCity,
        TravelFlightAsks::book, TravelFlightAsks::book, TravelFlightAsks::book, TravelFlightAsks::cancel,
        TravelFlightAsks::invoice, TravelFlightAsks::history, TravelFlightAsks::insure, TravelFlightAsks::support,
        TravelFlightAsks::airports, TravelFlightAsks::nearest, TravelAccountAsks::status,
        TravelAccountAsks::fiscalYear, TravelAccountAsks::register, TravelAccountAsks::balance,
        TravelAccountAsks::cards, TravelAccountAsks::budget, TravelAccountAsks::exchange, TravelAccountAsks::exchange,
        TravelAccountAsks::verify);

    /** Creates the component; it has no configuration. */
    public TravelGenerator() {
        super(TravelTable.OWNER, "travel");
    }

    @Override
    protected TaskDraft draft(DraftContext context) {
        Traveller who = TravelScenarios.traveller(context.random());
        Map<String, Object> scenario = TravelScenarios.scenario(context.random(), who);
        TravelWorld world = new TravelWorld(context.wording(), who, scenario);
        TaskDraft draft = new TaskDraft(TravelTable.OWNER, PyText.dumps(scenario));
        for (int turn = 0; turn < context.turns(); turn++) {
            draft.turn(context.fillTurn(menu(world)));
        }
        return draft;
    }

    /** @return the menu for {@link DraftContext#fillTurn}: each maker runs the request it gives on the world */
    private static List<IntFunction<Request>> menu(TravelWorld world) {
        return ASKS.stream().map(ask -> (IntFunction<Request>) room -> world.offer(ask.apply(world), room)).toList();
    }
}
