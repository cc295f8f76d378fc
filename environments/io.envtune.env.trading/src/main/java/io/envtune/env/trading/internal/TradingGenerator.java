package io.envtune.env.trading.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.toolkit.PyJson;
import io.envtune.toolkit.generate.DraftContext;
import io.envtune.toolkit.generate.DraftGenerator;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.TaskDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;

/**
 * Generates TradingBot tasks: a random market and account ({@link TradingScenarios}) and turns of requests
 * ({@link TradingOrderAsks}, {@link TradingMarketAsks}) chosen among those the current state allows, each run at once
 * on a live instance ({@link TradingWorld}) so that the ground truth always replays. A logged-out user usually signs
 * in first. Stateless and thread-safe.
 */
@Component(service = TaskGenerator.class)
public final class TradingGenerator extends DraftGenerator {

    /** The requests, listed more than once where they should come up more often. */
    private static final List<Function<TradingWorld, Request>> ASKS = List.of(TradingOrderAsks::buy,
        TradingOrderAsks::buy, TradingOrderAsks::buyAtMarket, TradingOrderAsks::sell, TradingOrderAsks::sell,
        TradingOrderAsks::cancel, TradingOrderAsks::cancel, TradingOrderAsks::details, TradingOrderAsks::history,
        TradingOrderAsks::fund, TradingOrderAsks::withdraw, TradingOrderAsks::account, TradingOrderAsks::transactions,
        TradingMarketAsks::quote, TradingMarketAsks::quote, TradingMarketAsks::quoteByName,
        TradingMarketAsks::time, TradingMarketAsks::sector, TradingMarketAsks::filter, TradingMarketAsks::alert,
        TradingMarketAsks::watch, TradingMarketAsks::watch, TradingMarketAsks::unwatch, TradingMarketAsks::watchlist);

    /** Creates the component; it has no configuration. */
    public TradingGenerator() {
        super(TradingTools.OWNER, "trading");
    }

    @Override
    protected TaskDraft draft(DraftContext context) {
        Map<String, Object> scenario = TradingScenarios.scenario(context.random());
        TradingWorld world = new TradingWorld(context.wording(), scenario);
        TaskDraft draft = new TaskDraft(TradingTools.OWNER, PyJson.dumps(scenario));
        for (int turn = 0; turn < context.turns(); turn++) {
            List<Request> requests = turn(world, context);
            if (turn == context.turns() - 1 && context.chance(15)
                && requests.stream().mapToInt(r -> r.calls().size()).sum() < context.maxCallsPerTurn()) {
                // Signing out is only asked for at the end, so no later request needs the session again.
                Request out = TradingOrderAsks.logout(world);
                if (out != null) {
                    world.run(out);
                    requests.add(out);
                }
            }
            draft.turn(requests);
        }
        return draft;
    }

    /** One turn: requests the state allows, up to a random call budget; a logged-out user mostly signs in first. */
    private static List<Request> turn(TradingWorld world, DraftContext context) {
        int budget = context.callBudget();
        List<Request> requests = new ArrayList<>();
        int calls = 0;
        for (int tries = 0; tries < 12 && calls < budget && requests.size() < 3; tries++) {
            Request r = !world.loggedIn() && context.chance(60) ? TradingOrderAsks.login(world)
                : context.wording().pick(ASKS).apply(world);
            if (r != null && calls + r.calls().size() <= budget) {
                world.run(r);
                requests.add(r);
                calls += r.calls().size();
                if (context.chance(35)) {
                    break;
                }
            }
        }
        if (requests.isEmpty()) {
            Request r = TradingMarketAsks.quote(world);
            world.run(r);
            requests.add(r);
        }
        return requests;
    }
}
