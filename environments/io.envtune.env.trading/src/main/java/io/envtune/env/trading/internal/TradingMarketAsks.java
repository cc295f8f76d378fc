package io.envtune.env.trading.internal;

import io.envtune.toolkit.PyText;
import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated TradingBot requests about the market and the watch list: quotes (by symbol or by company name), sectors,
 * price filters, change alerts, the clock. Symbols come from the scenario's stock table, company names from the
 * domain's name table, so every look-up finds something.
 */
final class TradingMarketAsks {

    private TradingMarketAsks() {
    }

    static Request quote(TradingWorld t) {
        Object[] v = {"s", t.w.pick(t.symbols())};
        return new Request(t.w.phrase(List.of("show me the latest figures for {s}", "pull up the stock data for {s}",
                "get me a quote on {s}", "tell me how {s} is trading today"), v),
            List.of(CallText.of("get_stock_info", "symbol", v[1])),
            t.w.pick("pull up the numbers for one stock", "get me a quote on a stock I'm watching"),
            t.w.phrase(List.of("The symbol is {s}.", "I mean {s}.", "{s}, please."), v));
    }

    static Request quoteByName(TradingWorld t) {
        List<String> names = new ArrayList<>();
        TradingDefaults.SYMBOLS.forEach((name, symbol) -> {
            if (t.state().stocks.containsKey(symbol)) {
                names.add(name);
            }
        });
        String name = t.w.pick(names);
        Object[] v = {"c", name, "cs", name + (name.endsWith("s") ? "'" : "'s")};
        return Request.of(t.w.phrase(List.of("find the ticker for {c} and show its current price data",
            "get {cs} trading symbol and then its latest numbers",
            "work out which symbol {c} trades under and pull up its quote",
                "look up {cs} symbol, then get its stock details",
                    "tell me how {c} stock is doing (find its symbol first)"),
                v),
            CallText.of("get_symbol_by_name", "name", name),
            CallText.of("get_stock_info", "symbol", TradingDefaults.SYMBOLS.get(name)));
    }

    static Request time(TradingWorld t) {
        return Request.of(t.w.pick("tell me the current time on the trading system",
            "read the trading platform's clock for me", "tell me what hour it is on the trading desk",
            "check the market clock",
            "find out what time the exchange reports"), CallText.of("get_current_time"));
    }

    static Request sector(TradingWorld t) {
        Object[] v = {"x", t.w.pick("Technology", "Automobile")};
        return new Request(t.w.phrase(List.of("list the stocks in the {x} sector",
            "name the {x} stocks I could trade", "tell me which symbols make up the {x} sector",
            "show which {x} stocks are available",
                "give me the available symbols for {x}"), v),
            List.of(CallText.of("get_available_stocks", "sector", v[1])),
            t.w.pick("list the stocks of one sector", "show me what's available in a sector"),
            t.w.phrase(List.of("The {x} sector.", "I'm interested in {x}."), v));
    }

    static Request filter(TradingWorld t) {
        List<String> some = sample(t, 2 + t.w.random().nextInt(3));
        double lo = 10.0 * t.w.random().nextInt(30);
        double hi = lo + 50.0 * (2 + t.w.random().nextInt(20));
        Object[] v = {"l", t.w.list(some), "a", PyText.repr(lo), "b", PyText.repr(hi)};
        return new Request(t.w.phrase(List.of("tell me which of {l} trade between {a} and {b}",
                "filter {l} down to those priced from ${a} to ${b}", "keep only those of {l} costing {a} to {b}"), v),
            List.of(CallText.of("filter_stocks_by_price", "stocks", new ArrayList<Object>(some), "min_price", lo,
                "max_price", hi)),
            t.w.phrase(List.of("tell me which of {l} trade at least at {a}"), v),
            t.w.phrase(List.of("The upper limit is {b}.", "At most {b}."), v));
    }

    static Request alert(TradingWorld t) {
        List<String> some = sample(t, 2 + t.w.random().nextInt(3));
        double threshold = 0.5 * (1 + t.w.random().nextInt(6));
        Object[] v = {"l", t.w.list(some), "x", PyText.repr(threshold)};
        return new Request(t.w.phrase(List.of("check whether any of {l} moved by {x}% or more",
                "alert me if {l} changed at least {x} percent", "see if {l} swung by {x}% or beyond"), v),
            List.of(CallText.of("notify_price_change", "stocks", new ArrayList<Object>(some), "threshold", threshold)),
            t.w.phrase(List.of("check whether any of {l} moved significantly"), v),
            t.w.phrase(List.of("Use a threshold of {x}%.", "Anything of {x} percent or more counts."), v));
    }

    static Request watch(TradingWorld t) {
        List<String> fresh = t.symbols().stream().filter(s -> !t.state().watchList.contains(s)).toList();
        if (fresh.isEmpty()) {
            return null;
        }
        Object[] v = {"s", t.w.pick(fresh)};
        return new Request(t.w.phrase(List.of("add {s} to my watch list", "start tracking {s} on my watchlist",
                "put {s} on the list of stocks I follow"), v),
            List.of(CallText.of("add_to_watchlist", "stock", v[1])),
            t.w.pick("add a stock to my watch list", "start tracking one more stock for me"),
            t.w.phrase(List.of("It's {s}.", "The symbol {s}."), v));
    }

    static Request unwatch(TradingWorld t) {
        List<Object> listed = t.state().watchList;
        if (!t.loggedIn() || listed.isEmpty()) {
            return null;
        }
        Object[] v = {"s", t.w.pick(listed)};
        return new Request(t.w.phrase(List.of("drop {s} from my watch list",
            "remove {s} from the stocks I'm tracking", "unfollow {s} for me", "stop watching {s}",
                "take {s} off the stocks I follow"), v),
            List.of(CallText.of("remove_stock_from_watchlist", "symbol", v[1])),
            t.w.pick("remove a stock from my watch list", "stop following one of my stocks"),
            t.w.phrase(List.of("Remove {s}.", "That's {s}."), v));
    }

    static Request watchlist(TradingWorld t) {
        return !t.loggedIn() ? null : Request.of(t.w.pick("run through my watch list",
            "tell me what's on my watch list right now", "read my watch list back to me",
            "list the symbols I'm watching",
            "tell me which stocks I follow"), CallText.of("get_watchlist"));
    }

    private static List<String> sample(TradingWorld t, int n) {
        List<String> pool = new ArrayList<>(t.symbols());
        List<String> out = new ArrayList<>();
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(t.w.random().nextInt(pool.size())));
        }
        return out;
    }
}
