package io.envtune.env.trading.internal;

import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference's built-in tables: the default state used for every key a scenario leaves out, the company-name to
 * symbol map and the sector lists. The constants are immutable; every accessor that feeds state returns fresh
 * containers, as the reference deep-copies its default state.
 */
final class TradingDefaults {

    /** The default seed of the state's random generator. */
    static final long RANDOM_SEED = 1053520L;

    /** {@code get_symbol_by_name}'s table, in the reference's order. */
    static final Map<String, String> SYMBOLS = orderedMap(
        "Apple", "AAPL", "Google", "GOOG", "Tesla", "TSLA", "Microsoft", "MSFT", "Nvidia", "NVDA",
        "Zeta Corp", "ZETA", "Alpha Tech", "ALPH", "Omega Industries", "OMEG", "Quasar Ltd.", "QUAS",
        "Neptune Systems", "NEPT", "Synex Solutions", "SYNX", "Amazon", "AMZN", "Gorilla", "GORI");

    /** {@code get_available_stocks}'s sectors. */
    static final Map<String, List<String>> SECTORS = Map.of(
        "Technology", List.of("AAPL", "GOOG", "MSFT", "NVDA"),
        "Automobile", List.of("TSLA", "F", "GM"));

    /** One row of the default stock table. */
    private record Stock(String symbol, double price, double percentChange, double volume, double ma5, double ma20) {
    }

    private static final List<Stock> STOCKS = List.of(
        new Stock("AAPL", 227.16, 0.17, 2.552, 227.11, 227.09),
        new Stock("GOOG", 2840.34, 0.24, 1.123, 2835.67, 2842.15),
        new Stock("TSLA", 667.92, -0.12, 1.654, 671.15, 668.2),
        new Stock("MSFT", 310.23, 0.09, 3.234, 309.88, 310.11),
        new Stock("NVDA", 220.34, 0.34, 1.234, 220.45, 220.67),
        new Stock("ALPH", 1320.45, -0.08, 1.567, 1321.12, 1325.78),
        new Stock("OMEG", 457.23, 0.12, 2.345, 456.78, 458.12),
        new Stock("QUAS", 725.89, -0.03, 1.789, 726.45, 728.0),
        new Stock("NEPT", 88.34, 0.19, 0.654, 88.21, 88.67),
        new Stock("SYNX", 345.67, 0.11, 2.112, 345.34, 346.12),
        new Stock("ZETA", 22.09, -0.05, 0.789, 22.12, 22.34));

    private TradingDefaults() {
    }

    /** @return the default orders, keyed by int order id */
    static Map<Object, Object> orders() {
        Map<Object, Object> orders = new LinkedHashMap<>();
        orders.put(12345L, order(12345L, "Buy", "AAPL", 210.65, 10L, "Completed"));
        orders.put(12446L, order(12446L, "Sell", "GOOG", 2840.56, 5L, "Pending"));
        return orders;
    }

    /** @return the default account */
    static Map<Object, Object> accountInfo() {
        Map<Object, Object> account = new LinkedHashMap<>();
        account.put("account_id", 12345L);
        account.put("balance", 10000.0);
        account.put("binding_card", 1974202140965533L);
        return account;
    }

    /** @return the default stock table */
    static Map<Object, Object> stocks() {
        Map<Object, Object> stocks = new LinkedHashMap<>();
        for (Stock s : STOCKS) {
            stocks.put(s.symbol(), PyValues.dict("price", s.price(), "percent_change", s.percentChange(),
                "volume", s.volume(), "MA(5)", s.ma5(), "MA(20)", s.ma20()));
        }
        return stocks;
    }

    /** @return the default watch list */
    static List<Object> watchList() {
        return new ArrayList<>(List.of("NVDA"));
    }

    /** @return the default order counter (the next order id) */
    static Long orderCounter() {
        return 12446L;
    }

    private static Map<String, Object> order(Long id, String type, String symbol, double price, Long amount,
                                             String status) {
        return PyValues.dict("id", id, "order_type", type, "symbol", symbol, "price", price, "amount", amount,
            "status", status);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
}
