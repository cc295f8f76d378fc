package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The order tools: place, inspect, cancel and list orders. */
final class OrderTools {

    private OrderTools() {
    }

    /** {@code get_order_details(order_id)}: the stored order, padded with company metadata in long context. */
    static Object getOrderDetails(TradingState s, BoundArgs a) {
        Object orderId = a.get("order_id");
        if (!PyValues.containsKey(s.orders, orderId, null)) {
            String ids = PyText.repr(new ArrayList<>(s.orders.keySet()));
            return notFound("Order with ID " + PyText.str(orderId) + " not found.Here is the list of orders_id: "
                + ids, orderId);
        }
        Object order = PyValues.get(s.orders, orderId, null);
        if (!s.longContext) {
            return order;
        }
        Object copy = TradingValues.shallowCopy(order);
        Object metadata = s.padding.orderMetadata(PyValues.item(copy, "symbol", FailureKind.NOT_FOUND));
        if (metadata instanceof Failed) {
            return metadata;
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> padded = (Map<Object, Object>) copy;
        padded.put("metadata", metadata);
        return padded;
    }

    /** {@code cancel_order(order_id)}: any order that is not completed becomes Cancelled. */
    @SuppressWarnings("unchecked")
    static Object cancelOrder(TradingState s, BoundArgs a) {
        Object orderId = a.get("order_id");
        if (!PyValues.containsKey(s.orders, orderId, null)) {
            return notFound("Order with ID " + PyText.str(orderId) + " not found.", orderId);
        }
        Object order = PyValues.get(s.orders, orderId, null);
        if ("Completed".equals(PyValues.item(order, "status", FailureKind.NOT_FOUND))) {
            return new Failed(PyValues.dict("error", "Can't cancel order " + PyText.str(orderId)
                + ". Order is already completed."), FailureKind.PRECONDITION_FAILED, "order_id", PyText.str(orderId));
        }
        ((Map<Object, Object>) order).put("status", "Cancelled");
        return PyValues.dict("order_id", orderId, "status", "Cancelled");
    }

    /**
     * {@code place_order(order_type, symbol, price, amount)}: validates, checks the funds of buy orders, stores the
     * order as Open and reports it as Pending. No money moves.
     */
    static Object placeOrder(TradingState s, BoundArgs a) {
        Object orderType = a.get("order_type");
        Object symbol = a.get("symbol");
        Object price = a.get("price");
        Object amount = a.get("amount");
        if (s.loggedOut()) {
            return notAuthenticated("User not authenticated. Please log in to place an order.");
        }
        if (!PyValues.containsKey(s.stocks, symbol, null)) {
            return new Failed(PyValues.dict("error", "Invalid stock symbol: " + PyText.str(symbol)),
                FailureKind.NOT_FOUND, "symbol", PyText.str(symbol));
        }
        if (PyValues.compare("<=", price, 0L, null) || PyValues.compare("<=", amount, 0L, null)) {
            String param = PyValues.compare("<=", price, 0L, null) ? "price" : "amount";
            return new Failed(PyValues.dict("error", "Price and amount must be positive values."),
                FailureKind.INVALID_VALUE, param, PyText.str(a.get(param)));
        }
        Failed funds = checkFunds(s, orderType, price, amount);
        if (funds != null) {
            return funds;
        }
        double floatPrice = PyNumbers.toFloat(price);
        Object orderId = s.orderCounter;
        s.orders.put(PyValues.storedKey(s.orders, orderId, null), PyValues.dict("id", orderId, "order_type", orderType,
            "symbol", symbol, "price", floatPrice, "amount", amount, "status", "Open"));
        s.orderCounter = PyArith.iadd(s.orderCounter, 1L);
        return PyValues.dict("order_id", orderId, "order_type", orderType, "status", "Pending", "price", floatPrice,
            "amount", amount);
    }

    /** A buy order must not cost more than the balance; the reference formats both with {@code %.2f}. */
    private static Failed checkFunds(TradingState s, Object orderType, Object price, Object amount) {
        if (!(orderType instanceof String type)) {
            throw PyValues.attributeError(orderType, "lower", null);
        }
        if (!type.toLowerCase(java.util.Locale.ROOT).equals("buy")) {
            return null;
        }
        double totalCost = PyNumbers.multiply(PyNumbers.toFloat(price), PyNumbers.toInt(amount));
        Object balance = TradingValues.get(s.accountInfo, "balance", 0L);
        if (!PyValues.compare(">", totalCost, balance, null)) {
            return null;
        }
        String message = "Insufficient funds: required $" + PyNumbers.fixed2(totalCost) + " but only $"
            + PyNumbers.fixed2(balance) + " available.";
        return new Failed(PyValues.dict("error", message), FailureKind.PRECONDITION_FAILED, "amount",
            PyNumbers.fixed2(totalCost));
    }

    /** {@code get_order_history()}: the order ids in insertion order. */
    static Object getOrderHistory(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return new Failed(List.of(PyValues.dict("error",
                "User not authenticated. Please log in to view order history.")),
                FailureKind.NOT_AUTHENTICATED, null, "trading_login");
        }
        return PyValues.dict("history", new ArrayList<>(s.orders.keySet()));
    }

    private static Failed notFound(String message, Object orderId) {
        return new Failed(PyValues.dict("error", message), FailureKind.NOT_FOUND, "order_id", PyText.str(orderId));
    }

    /** @return the reference's error dict for a tool that needs a login */
    static Failed notAuthenticated(String message) {
        return new Failed(PyValues.dict("error", message), FailureKind.NOT_AUTHENTICATED, null, "trading_login");
    }
}
