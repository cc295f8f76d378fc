package io.envtune.env.trading.internal;

import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random TradingBot starting states for the generator: five to nine of the companies {@code get_symbol_by_name}
 * knows, with fresh prices, changes and moving averages; one to four orders with digit-string ids; an account with a
 * random balance; a watch list; a few past deposits and withdrawals; logged in or not, market open or closed.
 */
final class TradingScenarios {

    /** Typical price of each symbol the name table knows; a scenario moves it by up to 25%. */
    private static final Map<String, Double> BASE_PRICES = basePrices();

    private TradingScenarios() {
    }

    /**
     * @param r the task's random numbers
     * @return a {@code TradingBot} scenario in the Python value model
     */
    static Map<String, Object> scenario(SplittableRandom r) {
        List<String> symbols = new ArrayList<>(BASE_PRICES.keySet());
        for (int i = symbols.size() - 1; i > 0; i--) {
            Collections.swap(symbols, i, r.nextInt(i + 1));
        }
        symbols = symbols.subList(0, 5 + r.nextInt(5));
        Map<String, Object> stocks = new LinkedHashMap<>();
        for (String symbol : symbols) {
            stocks.put(symbol, stock(r, BASE_PRICES.get(symbol)));
        }
        long id = 20000 + r.nextInt(70000);
        Map<String, Object> orders = new LinkedHashMap<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            String symbol = symbols.get(r.nextInt(symbols.size()));
            double price = cents(r, (Double) PyValues.item(stocks.get(symbol), "price"), 0.05);
            orders.put(Long.toString(id), PyValues.dict("id", id, "order_type", i == 0 || r.nextBoolean() ? "Buy" : "Sell",
                "symbol", symbol, "price", price, "amount", (long) (1 + r.nextInt(80)),
                "status", i == 0 ? "Completed" : pick(r, List.of("Completed", "Open", "Pending", "Cancelled"))));
            id += 1 + r.nextInt(40);
        }
        Map<String, Object> scenario = PyValues.dict("orders", orders,
            "account_info", PyValues.dict("account_id", (long) (10000 + r.nextInt(900000)),
                "balance", Math.round((2000 + r.nextDouble() * 58000) * 100) / 100.0,
                "binding_card", 4000000000000000L + (long) (r.nextDouble() * 999999999999999L)),
            "authenticated", r.nextInt(5) != 0, "market_status", r.nextInt(10) < 7 ? "Open" : "Closed",
            "order_counter", id, "stocks", stocks);
        scenario.put("watch_list", new ArrayList<Object>(symbols.subList(0, 1 + r.nextInt(3))));
        scenario.put("transaction_history", history(r));
        return scenario;
    }

    private static Map<String, Object> stock(SplittableRandom r, double base) {
        double price = cents(r, base, 0.25);
        return PyValues.dict("price", price, "percent_change", Math.round((r.nextDouble() * 6 - 3) * 100) / 100.0,
            "volume", Math.round((0.3 + r.nextDouble() * 4.7) * 1000) / 1000.0, "MA(5)", cents(r, price, 0.02),
            "MA(20)", cents(r, price, 0.05));
    }

    private static List<Object> history(SplittableRandom r) {
        List<Object> out = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            String when = String.format("2024-08-%02d %02d:%02d:%02d", 1 + 9 * i + r.nextInt(9), 8 + r.nextInt(10),
                r.nextInt(60), r.nextInt(60));
            out.add(PyValues.dict("type", r.nextBoolean() ? "deposit" : "withdrawal",
                "amount", (double) (100 * (1 + r.nextInt(40))), "timestamp", when));
        }
        return out;
    }

    /** @return {@code base} moved by up to {@code spread} (a fraction), rounded to cents */
    private static double cents(SplittableRandom r, double base, double spread) {
        return Math.round(base * (1 - spread + 2 * spread * r.nextDouble()) * 100) / 100.0;
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static Map<String, Double> basePrices() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("AAPL", 190.0);
        m.put("GOOG", 140.0);
        m.put("TSLA", 240.0);
        m.put("MSFT", 410.0);
        m.put("NVDA", 120.0);
        m.put("ZETA", 18.0);
        m.put("ALPH", 950.0);
        m.put("OMEG", 310.0);
        m.put("QUAS", 520.0);
        m.put("NEPT", 64.0);
        m.put("SYNX", 275.0);
        m.put("AMZN", 180.0);
        m.put("GORI", 42.0);
        return Collections.unmodifiableMap(m);
    }
}
