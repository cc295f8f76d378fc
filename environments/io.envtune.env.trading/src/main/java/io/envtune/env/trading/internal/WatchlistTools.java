package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.List;

/** The watch-list tools. */
final class WatchlistTools {

    private WatchlistTools() {
    }

    /**
     * {@code add_to_watchlist(stock)}: appends a known symbol that is not listed yet (no login needed); unknown
     * symbols are ignored silently by the reference and reported here as NOT_FOUND for augmenters.
     */
    static Object add(TradingState s, BoundArgs a) {
        Object stock = a.get("stock");
        if (!PyValues.contains(s.watchList, stock)) {
            if (!PyValues.containsKey(s.stocks, stock, null)) {
                return new Failed(PyValues.dict("watchlist", s.watchList), FailureKind.NOT_FOUND, "stock",
                    PyText.str(stock));
            }
            s.watchList.add(stock);
        }
        return PyValues.dict("watchlist", s.watchList);
    }

    /** {@code remove_stock_from_watchlist(symbol)}. */
    static Object remove(TradingState s, BoundArgs a) {
        Object symbol = a.get("symbol");
        if (s.loggedOut()) {
            return OrderTools.notAuthenticated("User not authenticated. Please log in to modify the watchlist.");
        }
        if (!PyValues.contains(s.watchList, symbol)) {
            return new Failed(PyValues.dict("error", "Stock " + PyText.str(symbol) + " not found in watchlist."),
                FailureKind.NOT_FOUND, "symbol", PyText.str(symbol));
        }
        TradingValues.removeFirst(s.watchList, symbol);
        return PyValues.dict("status", "Stock " + PyText.str(symbol) + " removed from watchlist successfully.");
    }

    /**
     * {@code get_watchlist()}: a dict normally, but a bare list (printed as a Python list) when not logged in and in
     * long context, where the 1001 padding symbols ending in {@code Ellipsis} follow the real ones.
     */
    static Object get(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return new Failed(List.of("Error: User not authenticated. Please log in to view the watchlist."),
                FailureKind.NOT_AUTHENTICATED, null, "trading_login");
        }
        if (s.longContext) {
            List<Object> padded = new ArrayList<>(s.watchList);
            padded.addAll(s.padding.watchList());
            return padded;
        }
        return PyValues.dict("watchlist", s.watchList);
    }
}
