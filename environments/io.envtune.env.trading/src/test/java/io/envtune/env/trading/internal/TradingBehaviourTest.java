package io.envtune.env.trading.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.FailureKind;
import io.envtune.api.ToolResult;
import io.envtune.api.ToolSpec;
import io.envtune.testkit.BfclFixtures;
import io.envtune.testkit.ToolSession;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.Test;

/** Focused checks of the reference's quirks that the fixtures touch only lightly or not at all. */
public final class TradingBehaviourTest {

    private static final String STRAY = "{\"orders\": {\"12345\": {\"symbol\": \"AAPL\", \"price\": 210.65, "
        + "\"num_shares\": 10, \"status\": \"Completed\"}, \"order_type\": \"Buy\"}, \"authenticated\": true, "
        + "\"market_status\": \"Open\"}";

    private static ToolSession plain(String scenario) {
        return ToolSession.of(new TradingEnvironment(), scenario, false);
    }

    private static String run(ToolSession session, String call) {
        return session.call(call);
    }

    @Test
    public void digitKeysBecomeIntsAndTheStrayKeyStays() {
        ToolSession ex = plain(STRAY);
        assertEquals("{\"history\": [12345, \"order_type\"]}", run(ex, "get_order_history()"));
        assertEquals("Buy", run(ex, "get_order_details(order_id='order_type')"));
        assertEquals("{\"error\": \"Order with ID 7 not found.Here is the list of orders_id: [12345, 'order_type']\"}",
            run(ex, "get_order_details(order_id=7)"));
    }

    @Test
    public void orderIdsCompareLikePythonNumbers() {
        ToolSession ex = plain(STRAY);
        assertEquals("{\"symbol\": \"AAPL\", \"price\": 210.65, \"num_shares\": 10, \"status\": \"Completed\"}",
            run(ex, "get_order_details(order_id=12345.0)"));
        assertEquals("Error during execution: unhashable type: 'list'", run(ex, "cancel_order(order_id=[1])"));
        assertEquals("Error during execution: string indices must be integers, not 'str'",
            run(ex, "cancel_order(order_id='order_type')"));
    }

    @Test
    public void defaultsApplyAndTheCounterOverwritesOrder12446InPlace() {
        ToolSession ex = plain("{\"authenticated\": true}");
        run(ex, "place_order(order_type='Sell', symbol='ZETA', price=20, amount=1)");
        assertEquals("{\"history\": [12345, 12446]}", run(ex, "get_order_history()"));
        assertEquals("{\"id\": 12446, \"order_type\": \"Sell\", \"symbol\": \"ZETA\", \"price\": 20.0, \"amount\": 1, "
            + "\"status\": \"Open\"}", run(ex, "get_order_details(order_id=12446)"));
    }

    @Test
    public void wrongTypesFailWithPythonTexts() {
        ToolSession ex = plain(STRAY);
        assertEquals("Error during execution: '<=' not supported between instances of 'str' and 'int'",
            run(ex, "place_order(order_type='Buy', symbol='AAPL', price='10', amount=1)"));
        assertEquals("Error during execution: 'int' object has no attribute 'lower'",
            run(ex, "place_order(order_type=1, symbol='AAPL', price=10, amount=1)"));
        assertEquals("Error during execution: 'int' object is not iterable",
            run(ex, "notify_price_change(stocks=5, threshold=1)"));
        assertEquals("Error during execution: '>=' not supported between instances of 'float' and 'str'",
            run(ex, "filter_stocks_by_price(stocks=['AAPL'], min_price='1', max_price=2)"));
    }

    @Test
    public void oddButValidNumbersFollowPythonArithmetic() {
        ToolSession ex = plain(STRAY);
        assertEquals("{\"status\": \"Account funded successfully\", \"new_balance\": 10001.0}",
            run(ex, "fund_account(amount=True)"));
        assertEquals("{\"order_id\": 12446, \"order_type\": \"buy\", \"status\": \"Pending\", \"price\": 10.0, "
            + "\"amount\": 2.5}", run(ex, "place_order(order_type='buy', symbol='AAPL', price=10, amount=2.5)"));
        assertEquals("Error during execution: unhashable type: 'list'", run(ex, "get_available_stocks(sector=['x'])"));
        assertEquals("{\"error\": \"Stock with symbol 'None' not found.\"}", run(ex, "get_stock_info(symbol=None)"));
    }

    @Test
    public void aStringOfSymbolsIsIteratedCharacterByCharacter() {
        assertEquals("{\"filtered_stocks\": [\"A\", \"A\", \"P\", \"L\"]}",
            run(plain(STRAY), "filter_stocks_by_price(stocks='AAPL', min_price=0, max_price=10)"));
    }

    @Test
    public void datesParseLikeStrptime() {
        ToolSession ex = plain(STRAY);
        assertEquals("{\"transaction_history\": []}", run(ex, "get_transaction_history(start_date='2024-9-1')"));
        assertEquals("Error during execution: day is out of range for month",
            run(ex, "get_transaction_history(start_date='2024-02-30')"));
        assertEquals("Error during execution: unconverted data remains: x",
            run(ex, "get_transaction_history(end_date='2024-09-01x')"));
        assertEquals("Error during execution: strptime() argument 1 must be str, not int",
            run(ex, "get_transaction_history(start_date=20240901)"));
        assertEquals("{\"transaction_history\": []}", run(ex, "get_transaction_history(start_date='')"));
    }

    @Test
    public void transactionTimestampsFollowTheSeededGenerator() {
        ToolSession ex = plain(STRAY);
        run(ex, "fund_account(amount=500)");
        run(ex, "fund_account(amount=0.1)");
        assertEquals("{\"transaction_history\": [{\"type\": \"deposit\", \"amount\": 500, \"timestamp\": "
            + "\"2024-09-02 05:40:15\"}, {\"type\": \"deposit\", \"amount\": 0.1, \"timestamp\": "
            + "\"2024-09-01 12:26:34\"}]}", run(ex, "get_transaction_history()"));
    }

    @Test
    public void unauthenticatedListsAreFailures() {
        ToolResult result = plain("{}").execute("get_watchlist()");
        assertEquals("['Error: User not authenticated. Please log in to view the watchlist.']", result.text());
        assertEquals(FailureKind.NOT_AUTHENTICATED, result.failure().kind());
        assertNull(plain("{}").execute("get_current_time()").failure());
        assertTrue(plain("{}").execute("get_symbol_by_name(name='Nope')").failed());
    }

    @Test(expected = IllegalArgumentException.class)
    public void longContextNeedsADataFolder() {
        new TradingEnvironment().create("{}", new EnvironmentOptions(true, null));
    }

    @Test
    public void specsNameTheTwentyToolsOfTheFuncDoc() {
        List<ToolSpec> specs = new TradingEnvironment().tools();
        Set<String> names = new TreeSet<>();
        specs.forEach(s -> names.add(s.name()));
        Set<String> doc = new TreeSet<>();
        try (Stream<JsonObject> docs = BfclFixtures.jsonl(BfclFixtures.dataDir()
            .resolve("multi_turn_func_doc/trading_bot.json"))) {
            docs.forEach(o -> doc.add(o.get("name").getAsString()));
        }
        assertEquals(doc, names);
        assertFalse(specs.get(15).parameters().get(0).required());
        assertEquals("None", specs.get(15).parameters().get(0).defaultRepr());
    }
}
