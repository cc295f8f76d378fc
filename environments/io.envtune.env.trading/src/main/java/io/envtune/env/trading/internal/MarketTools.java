package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The market tools: the clock, symbols, stock data, sectors, price filters and change notifications. */
final class MarketTools {

    private MarketTools() {
    }

    /** {@code get_current_time()}: always {@code CURRENT_TIME} as {@code %I:%M %p}. */
    static Object getCurrentTime(TradingState s, BoundArgs a) {
        return PyValues.dict("current_time", "10:30 AM");
    }

    /** {@code get_symbol_by_name(name)}: the symbol of a known company, else the text {@code Stock not found}. */
    static Object getSymbolByName(TradingState s, BoundArgs a) {
        Object name = a.get("name");
        PyValues.requireHashable(name, null);
        String symbol = name instanceof String key ? TradingDefaults.SYMBOLS.get(key) : null;
        if (symbol == null) {
            // A success-shaped answer in the reference; reported as NOT_FOUND so augmenters can react.
            return new Failed(PyValues.dict("symbol", "Stock not found"), FailureKind.NOT_FOUND, "name",
                PyText.str(name));
        }
        return PyValues.dict("symbol", symbol);
    }

    /** {@code get_stock_info(symbol)}: the stored stock dict; in long context a copy with long MA series. */
    @SuppressWarnings("unchecked")
    static Object getStockInfo(TradingState s, BoundArgs a) {
        Object symbol = a.get("symbol");
        if (!PyValues.containsKey(s.stocks, symbol, null)) {
            return new Failed(PyValues.dict("error", "Stock with symbol '" + PyText.str(symbol) + "' not found."),
                FailureKind.NOT_FOUND, "symbol", PyText.str(symbol));
        }
        Object stock = PyValues.get(s.stocks, symbol, null);
        if (!s.longContext) {
            return stock;
        }
        Object copy = TradingValues.shallowCopy(stock);
        if (!(copy instanceof Map)) {
            throw PyValues.typeError("list indices must be integers or slices, not str", null);
        }
        ((Map<Object, Object>) copy).put("MA(5)", s.padding.ma5());
        ((Map<Object, Object>) copy).put("MA(20)", s.padding.ma20());
        return copy;
    }

    /** {@code get_available_stocks(sector)}: the sector's symbols (padded in long context), else an empty list. */
    static Object getAvailableStocks(TradingState s, BoundArgs a) {
        Object sector = a.get("sector");
        PyValues.requireHashable(sector, null);
        List<Object> list = new ArrayList<>();
        if (sector instanceof String name && TradingDefaults.SECTORS.containsKey(name)) {
            list.addAll(TradingDefaults.SECTORS.get(name));
            if (s.longContext) {
                list.addAll(s.padding.sector(name));
            }
        }
        return PyValues.dict("stock_list", list);
    }

    /**
     * {@code filter_stocks_by_price(stocks, min_price, max_price)}: the given symbols whose price lies in the range;
     * unknown symbols count as price 0.
     */
    static Object filterStocksByPrice(TradingState s, BoundArgs a) {
        Object min = a.get("min_price");
        Object max = a.get("max_price");
        List<Object> out = new ArrayList<>();
        for (Object symbol : PyValues.iterate(a.get("stocks"), null)) {
            Object price = TradingValues.get(TradingValues.get(s.stocks, symbol, Map.of()), "price", 0L);
            if (PyValues.compare(">=", price, min, null) && PyValues.compare("<=", price, max, null)) {
                out.add(symbol);
            }
        }
        return PyValues.dict("filtered_stocks", out);
    }

    /** {@code notify_price_change(stocks, threshold)}: names the known stocks with {@code |change| >= threshold}. */
    static Object notifyPriceChange(TradingState s, BoundArgs a) {
        Object threshold = a.get("threshold");
        List<String> changed = new ArrayList<>();
        for (Object symbol : PyValues.iterate(a.get("stocks"), null)) {
            if (PyValues.containsKey(s.stocks, symbol, null)) {
                Object stock = PyValues.get(s.stocks, symbol, null);
                Object change = PyValues.item(stock, "percent_change", FailureKind.NOT_FOUND);
                if (PyValues.compare(">=", PyNumbers.abs(change), threshold, null)) {
                    changed.add((String) symbol);
                }
            }
        }
        if (changed.isEmpty()) {
            return PyValues.dict("notification", "No significant price changes in the selected stocks.");
        }
        return PyValues.dict("notification", "Stocks " + String.join(", ", changed) + " have significant price changes.");
    }
}
