package io.envtune.env.trading.internal;

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
 * Generates TradingBot tasks: a random market and account ({@link TradingScenarios}) and turns of requests
 * ({@link TradingOrderAsks}, {@link TradingMarketAsks}) chosen among those the current state allows, each run at once
 * on a live instance ({@link TradingWorld}) so that the ground truth always replays. A logged-out user usually signs
 * in first. Stateless and thread-safe.
 */
@Component(service = TaskGenerator.class)
public final class TradingGenerator extends DraftGenerator {

    /** The requests, listed more than once where they should come up more often. */
    private static final List<Function<TradingWorld, Request>> ASKS = List.of(TradingOrderAsks::login,
        TradingOrderAsks::login, TradingOrderAsks::buy, TradingOrderAsks::buy, TradingOrderAsks::buyAtMarket,
        TradingOrderAsks::sell, TradingOrderAsks::sell, TradingOrderAsks::cancel, TradingOrderAsks::cancel,
        TradingOrderAsks::details, TradingOrderAsks::history, TradingOrderAsks::status, TradingOrderAsks::fund,
        TradingOrderAsks::withdraw, TradingOrderAsks::account, TradingOrderAsks::transactions,
        TradingMarketAsks::quote, TradingMarketAsks::quote, TradingMarketAsks::quoteByName, TradingMarketAsks::time,
        TradingMarketAsks::sector, TradingMarketAsks::filter, TradingMarketAsks::alert, TradingMarketAsks::watch,
        TradingMarketAsks::watch, TradingMarketAsks::unwatch, TradingMarketAsks::watchlist);

    /** Creates the component; it has no configuration. */
    public TradingGenerator() {
        super(TradingTable.OWNER, "trading");
    }

    @Override
    protected TaskDraft draft(DraftContext context) {
        Map<String, Object> scenario = TradingScenarios.scenario(context.random());
        TradingWorld world = new TradingWorld(context.wording(), scenario);
        TaskDraft draft = new TaskDraft(TradingTable.OWNER, PyText.dumps(scenario));
        for (int turn = 0; turn < context.turns(); turn++) {
            List<Request> requests = new ArrayList<>(context.fillTurn(menu(world)));
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

    /** @return the menu for {@link DraftContext#fillTurn}: each maker runs the request it gives on the world */
    private static List<IntFunction<Request>> menu(TradingWorld world) {
        return ASKS.stream().map(ask -> (IntFunction<Request>) room -> world.offer(ask.apply(world), room)).toList();
    }
}
