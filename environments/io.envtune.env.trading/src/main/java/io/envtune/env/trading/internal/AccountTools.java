package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyArith;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The account tools: login and logout, account data, deposits, withdrawals and the transaction history. */
final class AccountTools {

    private AccountTools() {
    }

    /** {@code trading_login(username, password)}: credentials are not checked. */
    static Object login(TradingState s, BoundArgs a) {
        if (!s.loggedOut()) {
            return PyValues.dict("status", "Already logged in");
        }
        s.authenticated = Boolean.TRUE;
        return PyValues.dict("status", "Logged in successfully");
    }

    /** {@code trading_get_login_status()}. */
    static Object loginStatus(TradingState s, BoundArgs a) {
        return PyValues.dict("status", PyValues.truthy(s.authenticated));
    }

    /** {@code trading_logout()}. */
    static Object logout(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return PyValues.dict("status", "No user is currently logged in");
        }
        s.authenticated = Boolean.FALSE;
        return PyValues.dict("status", "Logged out successfully");
    }

    /** {@code get_account_info()}: the stored account dict. */
    static Object accountInfo(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return OrderTools.notAuthenticated("User not authenticated. Please log in to view account information.");
        }
        return s.accountInfo;
    }

    /** {@code fund_account(amount)}: a deposit; the amount is recorded as given (an int stays an int). */
    static Object fund(TradingState s, BoundArgs a) {
        Object amount = a.get("amount");
        if (s.loggedOut()) {
            return OrderTools.notAuthenticated("User not authenticated. Please log in to fund the account.");
        }
        if (PyValues.compare("<=", amount, 0L, null)) {
            return nonPositive("Funding amount must be positive.", amount);
        }
        Object balance = PyArith.iadd(PyValues.item(s.accountInfo, "balance", FailureKind.NOT_FOUND), amount);
        s.accountInfo.put("balance", balance);
        record(s, "deposit", amount);
        return PyValues.dict("status", "Account funded successfully", "new_balance", balance);
    }

    /** {@code withdraw_funds(amount)}: needs the market open and enough balance. */
    static Object withdraw(TradingState s, BoundArgs a) {
        Object amount = a.get("amount");
        if (s.loggedOut()) {
            return OrderTools.notAuthenticated("User not authenticated. Please log in to make a transaction.");
        }
        if (!"Open".equals(s.marketStatus)) {
            return new Failed(PyValues.dict("error", "Market is closed. Transactions are not allowed."),
                FailureKind.PRECONDITION_FAILED, null, "market_status=" + PyText.str(s.marketStatus));
        }
        if (PyValues.compare("<=", amount, 0L, null)) {
            return nonPositive("Transaction amount must be positive.", amount);
        }
        Object balance = PyValues.item(s.accountInfo, "balance", FailureKind.NOT_FOUND);
        if (PyValues.compare(">", amount, balance, null)) {
            return new Failed(PyValues.dict("error", "Insufficient funds for withdrawal."),
                FailureKind.PRECONDITION_FAILED, "amount", PyText.str(amount));
        }
        Object newBalance = PyArith.isub(balance, amount);
        s.accountInfo.put("balance", newBalance);
        record(s, "withdrawal", amount);
        return PyValues.dict("status", "Withdrawal successful", "new_balance", newBalance);
    }

    /**
     * {@code get_transaction_history(start_date=None, end_date=None)}: the transactions whose timestamp lies in the
     * inclusive range (dates mean midnight), followed in long context by the 1000 padding transactions.
     */
    static Object transactionHistory(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return new Failed(List.of(PyValues.dict("error",
                "User not authenticated. Please log in to view transaction history.")),
                FailureKind.NOT_AUTHENTICATED, null, "trading_login");
        }
        LocalDateTime start = bound(a.get("start_date"));
        LocalDateTime end = bound(a.get("end_date"));
        List<Object> filtered = new ArrayList<>();
        for (Object transaction : s.transactionHistory) {
            Object timestamp = PyValues.item(transaction, "timestamp", FailureKind.NOT_FOUND);
            LocalDateTime at = PyDates.strptime(timestamp, PyDates.DATE_TIME);
            if ((start == null || !start.isAfter(at)) && (end == null || !at.isAfter(end))) {
                filtered.add(transaction);
            }
        }
        if (s.longContext) {
            filtered.addAll(s.padding.transactions());
        }
        return PyValues.dict("transaction_history", filtered);
    }

    /** A falsy date means no bound ({@code datetime.min}/{@code max}); anything else must parse. */
    private static LocalDateTime bound(Object date) {
        return PyValues.truthy(date) ? PyDates.strptime(date, PyDates.DATE) : null;
    }

    private static void record(TradingState s, String type, Object amount) {
        s.transactionHistory.add(PyValues.dict("type", type, "amount", amount, "timestamp", s.nextTimestamp()));
    }

    private static Failed nonPositive(String message, Object amount) {
        return new Failed(PyValues.dict("error", message), FailureKind.INVALID_VALUE, "amount", PyText.str(amount));
    }
}
