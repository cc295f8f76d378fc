package io.envtune.env.trading.internal;

import io.envtune.api.EnvironmentOptions;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.TableInstance;
import io.envtune.toolkit.generate.LiveCalls;
import io.envtune.toolkit.generate.Request;
import io.envtune.toolkit.generate.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated task's world while it is written: its wording (and random numbers), the live TradingBot instance the
 * ground truth has reached, loaded from the scenario's JSON as an episode loads it, and the user's credentials. A
 * chosen request's calls run here at once, through the executor an episode uses, so later requests see new orders,
 * balances and watch lists, and a call the domain refuses is caught while generating.
 */
final class TradingWorld {

    final Wording w;
    final String user;
    final String password;
    private final TableInstance<TradingState> instance;
    private final LiveCalls calls;

    @SuppressWarnings("unchecked")
    TradingWorld(Wording w, Map<String, Object> scenario) {
        this.w = w;
        this.instance = (TableInstance<TradingState>) new TradingEnvironment().create(PyText.dumps(scenario),
            EnvironmentOptions.DEFAULT);
        this.calls = new LiveCalls(instance, TradingTable.TABLE.names());
        this.user = w.pick("dana.w", "ikechukwu", "marta_s", "fjord42", "leena.k", "oscar.b", "yuki.m");
        this.password = w.pick("Ledger", "Bullpen", "Ticker", "Dividend", "Candle") + (100 + w.random().nextInt(900));
    }

    TradingState state() {
        return instance.state();
    }

    boolean loggedIn() {
        return PyValues.truthy(state().authenticated);
    }

    double balance() {
        return ((Number) state().accountInfo.get("balance")).doubleValue();
    }

    double price(String symbol) {
        return ((Number) ((Map<?, ?>) state().stocks.get(symbol)).get("price")).doubleValue();
    }

    List<String> symbols() {
        List<String> out = new ArrayList<>();
        state().stocks.keySet().forEach(k -> out.add((String) k));
        return out;
    }

    /** @return the orders as dicts, in id order of insertion */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> orders() {
        List<Map<String, Object>> out = new ArrayList<>();
        state().orders.values().forEach(o -> out.add((Map<String, Object>) o));
        return out;
    }

    /** @return shares of a symbol bought in completed orders, less those offered in live sell orders */
    long held(String symbol) {
        long held = 0;
        for (Map<String, Object> o : orders()) {
            if (symbol.equals(o.get("symbol")) && "Buy".equals(o.get("order_type"))
                && "Completed".equals(o.get("status"))) {
                held += (Long) o.get("amount");
            } else if (symbol.equals(o.get("symbol")) && "Sell".equals(o.get("order_type"))
                && !"Cancelled".equals(o.get("status"))) {
                held -= (Long) o.get("amount");
            }
        }
        return held;
    }

    /**
     * @param request a request made for the current state, or null
     * @param room the calls still free in the turn
     * @return the request, its calls run, when it fits the room; else null and nothing runs
     */
    Request offer(Request request, int room) {
        return calls.offer(request, room);
    }

    /**
     * Runs a chosen request's ground truth.
     *
     * @throws IllegalStateException when a call fails: the generator chose arguments the domain refuses
     */
    void run(Request request) {
        calls.run(request);
    }
}
