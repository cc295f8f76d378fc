package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.BoundArgs;
import io.envtune.toolkit.Failed;
import io.envtune.toolkit.PyTypes;
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
            return PyOps.dict("status", "Already logged in");
        }
        s.authenticated = Boolean.TRUE;
        return PyOps.dict("status", "Logged in successfully");
    }

    /** {@code trading_get_login_status()}. */
    static Object loginStatus(TradingState s, BoundArgs a) {
        return PyOps.dict("status", PyTypes.truthy(s.authenticated));
    }

    /** {@code trading_logout()}. */
    static Object logout(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return PyOps.dict("status", "No user is currently logged in");
        }
        s.authenticated = Boolean.FALSE;
        return PyOps.dict("status", "Logged out successfully");
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
        if (PyNumbers.compare(amount, "<=", 0L)) {
            return nonPositive("Funding amount must be positive.", amount);
        }
        Object balance = PyNumbers.add(PyOps.item(s.accountInfo, "balance"), amount, "+=");
        s.accountInfo.put("balance", balance);
        record(s, "deposit", amount);
        return PyOps.dict("status", "Account funded successfully", "new_balance", balance);
    }

    /** {@code withdraw_funds(amount)}: needs the market open and enough balance. */
    static Object withdraw(TradingState s, BoundArgs a) {
        Object amount = a.get("amount");
        if (s.loggedOut()) {
            return OrderTools.notAuthenticated("User not authenticated. Please log in to make a transaction.");
        }
        if (!"Open".equals(s.marketStatus)) {
            return new Failed(PyOps.dict("error", "Market is closed. Transactions are not allowed."),
                FailureKind.PRECONDITION_FAILED, null, "market_status=" + PyOps.str(s.marketStatus));
        }
        if (PyNumbers.compare(amount, "<=", 0L)) {
            return nonPositive("Transaction amount must be positive.", amount);
        }
        Object balance = PyOps.item(s.accountInfo, "balance");
        if (PyNumbers.compare(amount, ">", balance)) {
            return new Failed(PyOps.dict("error", "Insufficient funds for withdrawal."),
                FailureKind.PRECONDITION_FAILED, "amount", PyOps.str(amount));
        }
        Object newBalance = PyNumbers.subtract(balance, amount, "-=");
        s.accountInfo.put("balance", newBalance);
        record(s, "withdrawal", amount);
        return PyOps.dict("status", "Withdrawal successful", "new_balance", newBalance);
    }

    /**
     * {@code get_transaction_history(start_date=None, end_date=None)}: the transactions whose timestamp lies in the
     * inclusive range (dates mean midnight), followed in long context by the 1000 padding transactions.
     */
    static Object transactionHistory(TradingState s, BoundArgs a) {
        if (s.loggedOut()) {
            return new Failed(List.of(PyOps.dict("error",
                "User not authenticated. Please log in to view transaction history.")),
                FailureKind.NOT_AUTHENTICATED, null, "trading_login");
        }
        LocalDateTime start = bound(a.get("start_date"));
        LocalDateTime end = bound(a.get("end_date"));
        List<Object> filtered = new ArrayList<>();
        for (Object transaction : s.transactionHistory) {
            LocalDateTime at = PyDates.strptime(PyOps.item(transaction, "timestamp"), PyDates.DATE_TIME);
            if ((start == null || !start.isAfter(at)) && (end == null || !at.isAfter(end))) {
                filtered.add(transaction);
            }
        }
        if (s.longContext) {
            filtered.addAll(s.padding.transactions());
        }
        return PyOps.dict("transaction_history", filtered);
    }

    /** A falsy date means no bound ({@code datetime.min}/{@code max}); anything else must parse. */
    private static LocalDateTime bound(Object date) {
        return PyTypes.truthy(date) ? PyDates.strptime(date, PyDates.DATE) : null;
    }

    private static void record(TradingState s, String type, Object amount) {
        s.transactionHistory.add(PyOps.dict("type", type, "amount", amount, "timestamp", s.nextTimestamp()));
    }

    private static Failed nonPositive(String message, Object amount) {
        return new Failed(PyOps.dict("error", message), FailureKind.INVALID_VALUE, "amount", PyOps.str(amount));
    }
}
