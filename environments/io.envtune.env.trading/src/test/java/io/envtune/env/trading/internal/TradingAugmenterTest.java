package io.envtune.env.trading.internal;

import static io.envtune.testkit.HintCheck.assertContains;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.HintCheck;
import org.junit.Test;

/** TradingBot's login, order and symbol prerequisites, from a real instance through the augmenter. */
public final class TradingAugmenterTest {

    private final ToolEnvironment env = new TradingEnvironment();

    private static String hint(ToolEnvironment env, EnvironmentInstance trading, String text) {
        return new HintCheck(env, new TradingAugmenter()).hint(trading, text);
    }

    @Test
    public void accountToolsNeedALogin() {
        EnvironmentInstance out = env.create("{\"authenticated\": false}", EnvironmentOptions.DEFAULT);
        assertContains(hint(env, out, "get_order_history()"), "trading_login");
        assertContains(hint(env, out, "place_order(order_type='Buy', symbol='AAPL', price=1.0, amount=1)"),
            "trading_login");
    }

    @Test
    public void ordersSymbolsAndFunds() {
        EnvironmentInstance in = env.create("{\"authenticated\": true, \"market_status\": \"Open\"}",
            EnvironmentOptions.DEFAULT);
        assertContains(hint(env, in, "get_order_details(order_id=99)"), "No order with id 99", "get_order_history");
        assertContains(hint(env, in, "cancel_order(order_id=12345)"), "already completed", "get_order_details");
        assertContains(hint(env, in, "get_stock_info(symbol='Apple')"), "'Apple' is not a known stock symbol",
            "get_symbol_by_name");
        assertContains(hint(env, in, "get_symbol_by_name(name='Nope Corp')"), "get_available_stocks");
        assertContains(hint(env, in, "remove_stock_from_watchlist(symbol='ZZZ')"), "get_watchlist");
        assertContains(hint(env, in, "place_order(order_type='Buy', symbol='AAPL', price=100.0, amount=100000)"),
            "get_account_info");
    }
}
