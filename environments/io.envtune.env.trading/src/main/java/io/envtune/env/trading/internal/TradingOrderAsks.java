package io.envtune.env.trading.internal;

import io.envtune.toolkit.PyText;
import io.envtune.toolkit.generate.CallText;
import io.envtune.toolkit.generate.Request;
import java.util.List;
import java.util.Map;

/**
 * Generated TradingBot requests about orders, money and the session. Each returns null when the state would refuse it
 * (nobody logged in, too little money, no shares to sell, market closed for withdrawals, nothing to cancel), else picks
 * arguments the domain accepts and one of several phrasings.
 */
final class TradingOrderAsks {

    private TradingOrderAsks() {
    }

    static Request login(TradingWorld t) {
        if (t.loggedIn()) {
            return null;
        }
        Object[] v = {"u", t.user, "p", t.password};
        return new Request(t.w.phrase(List.of("log me into my brokerage account as {u} with password {p}",
                "sign in to trading for me, user {u}, password {p}", "connect me to the trading desk as {u} ({p})"), v),
            List.of(CallText.of("trading_login", "username", t.user, "password", t.password)),
            t.w.phrase(List.of("log me into my brokerage account as {u}", "sign in to trading as {u}"), v),
            t.w.phrase(List.of("The password is {p}.", "Password: {p}.", "Oh, and use {p} as the password."), v));
    }

    static Request logout(TradingWorld t) {
        return !t.loggedIn() ? null : Request.of(t.w.pick("log me out of the trading platform",
            "end my trading session", "sign out of my brokerage account"), CallText.of("trading_logout"));
    }

    static Request status(TradingWorld t) {
        return Request.of(t.w.pick("check whether I'm logged in to trading",
            "see if the trading platform still has me signed in", "verify that my trading login is still valid",
            "tell me if my brokerage session is active",
            "confirm my trading login status"), CallText.of("trading_get_login_status"));
    }

    static Request buy(TradingWorld t) {
        String s = t.w.pick(t.symbols());
        double price = Math.round(t.price(s) * (0.95 + 0.08 * t.w.random().nextDouble()) * 100) / 100.0;
        long most = Math.min(60, (long) Math.floor((t.balance() - 1) / price));
        if (!t.loggedIn() || most < 1) {
            return null;
        }
        long n = 1 + t.w.random().nextInt((int) most);
        Object[] v = {"n", n, "s", s, "p", PyText.repr(price)};
        return new Request(t.w.phrase(List.of("buy {n} shares of {s} at ${p} each",
                "place a buy order for {n} {s} with a limit of {p}", "purchase {n} units of {s}, paying {p} per share",
                "put in an order to buy {n} {s} shares priced at {p}"), v),
            List.of(CallText.of("place_order", "order_type", "Buy", "symbol", s, "price", price, "amount", n)),
            t.w.phrase(List.of("buy some {s} at ${p} per share", "place a buy order for {s} at {p}"), v),
            t.w.phrase(List.of("{n} shares.", "Make it {n} shares.", "I want {n} of them."), v));
    }

    static Request buyAtMarket(TradingWorld t) {
        String s = t.w.pick(t.symbols());
        double price = t.price(s);
        long most = Math.min(40, (long) Math.floor((t.balance() - 1) / price));
        if (!t.loggedIn() || most < 1) {
            return null;
        }
        long n = 1 + t.w.random().nextInt((int) most);
        Object[] v = {"n", n, "s", s};
        return Request.of(t.w.phrase(List.of("check {s}'s current price and buy {n} shares at exactly that price",
                "look up what {s} trades at now, then place a buy for {n} shares at that price",
                "get me {n} shares of {s} at whatever its stock info says the price is"), v),
            CallText.of("get_stock_info", "symbol", s),
            CallText.of("place_order", "order_type", "Buy", "symbol", s, "price", price, "amount", n));
    }

    static Request sell(TradingWorld t) {
        List<String> held = t.symbols().stream().filter(s -> t.held(s) > 0).toList();
        if (!t.loggedIn() || held.isEmpty()) {
            return null;
        }
        String s = t.w.pick(held);
        long n = 1 + t.w.random().nextInt((int) Math.min(t.held(s), 50));
        double price = Math.round(t.price(s) * (0.97 + 0.1 * t.w.random().nextDouble()) * 100) / 100.0;
        Object[] v = {"n", n, "s", s, "p", PyText.repr(price)};
        return new Request(t.w.phrase(List.of("sell {n} of my {s} shares at {p}",
            "offer {n} {s} for sale at ${p} apiece",
                "place a sell order: {n} shares of {s}, price {p}"), v),
            List.of(CallText.of("place_order", "order_type", "Sell", "symbol", s, "price", price, "amount", n)),
            t.w.phrase(List.of("sell {n} of my {s} shares", "put {n} shares of {s} up for sale"), v),
            t.w.phrase(List.of("Ask {p} per share.", "The price should be {p}.", "Sell at ${p}."), v));
    }

    static Request cancel(TradingWorld t) {
        List<Map<String, Object>> live = t.orders().stream()
            .filter(o -> "Open".equals(o.get("status")) || "Pending".equals(o.get("status"))).toList();
        if (live.isEmpty()) {
            return null;
        }
        Map<String, Object> o = t.w.pick(live);
        Object[] v = {"id", o.get("id"), "s", o.get("symbol")};
        return new Request(t.w.phrase(List.of("cancel order {id}", "call off my pending order #{id}",
                "cancel order number {id} for {s}", "kill order {id}, I changed my mind"), v),
            List.of(CallText.of("cancel_order", "order_id", o.get("id"))),
            t.w.phrase(List.of("cancel one of my open orders", "call off my {s} order"), v),
            t.w.phrase(List.of("Order {id}.", "It's order number {id}.", "The id is {id}."), v));
    }

    static Request details(TradingWorld t) {
        Object id = t.w.pick(t.orders()).get("id");
        Object[] v = {"id", id};
        return new Request(t.w.phrase(List.of("show the details of order {id}",
            "tell me everything about my order {id}", "look up order #{id} and report its details",
            "check the status of order #{id}",
                "pull up everything about order number {id}"), v),
            List.of(CallText.of("get_order_details", "order_id", id)),
            t.w.pick("show me the details of one of my orders", "check on an order for me"),
            t.w.phrase(List.of("Order {id}.", "The order id is {id}."), v));
    }

    static Request history(TradingWorld t) {
        return !t.loggedIn() ? null : Request.of(t.w.pick("list all my order ids",
            "tell me which orders I have on record", "fetch the list of my past and pending orders",
            "show my order history",
            "give me the ids of every order I've placed"), CallText.of("get_order_history"));
    }

    static Request fund(TradingWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        double amount = 50.0 * (1 + t.w.random().nextInt(120));
        Object[] v = {"a", (long) amount};
        return new Request(t.w.phrase(List.of("deposit ${a} into my trading account",
            "move {a} dollars into my brokerage account", "fund my account with ${a}", "add {a} dollars to my balance",
                "top up my account with {a} USD"), v),
            List.of(CallText.of("fund_account", "amount", amount)),
            t.w.pick("deposit some money into my trading account", "top up my brokerage balance"),
            t.w.phrase(List.of("Put in {a}.", "Deposit ${a}.", "{a} dollars."), v));
    }

    static Request withdraw(TradingWorld t) {
        double amount = 25.0 * (1 + t.w.random().nextInt(80));
        if (!t.loggedIn() || !"Open".equals(t.state().marketStatus) || amount > t.balance()) {
            return null;
        }
        Object[] v = {"a", (long) amount};
        return new Request(t.w.phrase(List.of("withdraw ${a} from my account",
            "move {a} dollars out of my trading account", "pull ${a} out of my brokerage balance",
            "take {a} dollars out of my balance",
                "cash out {a} USD from trading"), v),
            List.of(CallText.of("withdraw_funds", "amount", amount)),
            t.w.pick("withdraw some cash from my account", "take money out of my trading balance"),
            t.w.phrase(List.of("{a} dollars.", "Withdraw ${a}.", "Make it {a}."), v));
    }

    static Request account(TradingWorld t) {
        return !t.loggedIn() ? null : Request.of(t.w.pick("display my account details",
            "summarise my trading account for me", "fetch my account info, balance included",
            "tell me my balance and linked card",
            "pull up my trading account information"), CallText.of("get_account_info"));
    }

    static Request transactions(TradingWorld t) {
        if (!t.loggedIn()) {
            return null;
        }
        if (t.w.random().nextBoolean()) {
            return Request.of(t.w.pick("list all my deposits and withdrawals",
                "show my transaction history", "go through every money movement on my account",
                "pull up my full record of transfers in and out"),
                CallText.of("get_transaction_history"));
        }
        int from = 1 + t.w.random().nextInt(20);
        Object[] v = {"a", String.format("2024-08-%02d", from),
            "b", String.format("2024-09-%02d", 1 + t.w.random().nextInt(28))};
        return new Request(t.w.phrase(List.of("list my transactions between {a} and {b}",
                "show my deposits and withdrawals from {a} through {b}"), v),
            List.of(CallText.of("get_transaction_history", "start_date", v[1], "end_date", v[3])), null, null);
    }
}
