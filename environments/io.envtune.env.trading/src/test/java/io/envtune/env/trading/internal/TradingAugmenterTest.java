package io.envtune.env.trading.internal;

import static org.junit.Assert.assertTrue;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FeedbackEvent;
import io.envtune.api.FeedbackKind;
import io.envtune.api.ToolCall;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolResult;
import io.envtune.toolkit.CallParser;
import org.junit.Test;

/** TradingBot's login, order and symbol prerequisites, from a real instance through the augmenter. */
public final class TradingAugmenterTest {

    private final ToolEnvironment env = new TradingEnvironment();

    private static String hint(ToolEnvironment env, EnvironmentInstance trading, String text) {
        ToolCall call = CallParser.parse(text);
        ToolResult r = trading.invoke(call);
        assertTrue(text + " should fail: " + r.text(), r.failed());
        return new TradingAugmenter().hint(new FeedbackEvent(FeedbackKind.TOOL_FAILURE, call, r.failure(), r.text(),
            env.tools())).orElseThrow(() -> new AssertionError("no hint for " + text + " " + r.failure()));
    }

    private static void contains(String hint, String... parts) {
        for (String p : parts) {
            assertTrue(hint, hint.contains(p));
        }
    }

    @Test
    public void accountToolsNeedALogin() {
        EnvironmentInstance out = env.create("{\"authenticated\": false}", EnvironmentOptions.DEFAULT);
        contains(hint(env, out, "get_order_history()"), "trading_login");
        contains(hint(env, out, "place_order(order_type='Buy', symbol='AAPL', price=1.0, amount=1)"),
            "trading_login");
    }

    @Test
    public void ordersSymbolsAndFunds() {
        EnvironmentInstance in = env.create("{\"authenticated\": true, \"market_status\": \"Open\"}",
            EnvironmentOptions.DEFAULT);
        contains(hint(env, in, "get_order_details(order_id=99)"), "No order with id 99", "get_order_history");
        contains(hint(env, in, "cancel_order(order_id=12345)"), "already completed", "get_order_details");
        contains(hint(env, in, "get_stock_info(symbol='Apple')"), "'Apple' is not a known stock symbol",
            "get_symbol_by_name");
        contains(hint(env, in, "get_symbol_by_name(name='Nope Corp')"), "get_available_stocks");
        contains(hint(env, in, "remove_stock_from_watchlist(symbol='ZZZ')"), "get_watchlist");
        contains(hint(env, in, "place_order(order_type='Buy', symbol='AAPL', price=100.0, amount=100000)"),
            "get_account_info");
    }
}
