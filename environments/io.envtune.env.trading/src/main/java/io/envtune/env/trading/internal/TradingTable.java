package io.envtune.env.trading.internal;

import io.envtune.toolkit.Param;
import io.envtune.toolkit.ToolTable;

/** The 20 TradingBot tools, in the reference's method order, with Python signatures and defaults. */
final class TradingTable {

    /** The Python class name, used as environment id and in binding error texts. */
    static final String OWNER = "TradingBot";

    /** The tool table shared by every instance. */
    static final ToolTable<TradingState> TABLE = ToolTable.<TradingState>builder(OWNER)
        .tool("get_current_time", "Tell the current time of the trading system (HH:MM AM/PM).",
            MarketTools::getCurrentTime)
        .tool("get_symbol_by_name", "Look up the ticker symbol of a company by its name.",
            MarketTools::getSymbolByName, str("name", "Company name, e.g. 'Apple'."))
        .tool("get_stock_info", "Show price, percent change, volume and moving averages of a stock.",
            MarketTools::getStockInfo, str("symbol", "Ticker symbol of the stock."))
        .tool("get_order_details", "Show the details of one order.",
            OrderTools::getOrderDetails, Param.required("order_id", "integer", "Id of the order."))
        .tool("cancel_order", "Cancel an order that is not completed yet.",
            OrderTools::cancelOrder, Param.required("order_id", "integer", "Id of the order to cancel."))
        .tool("place_order", "Place a buy or sell order for a stock (requires login).",
            OrderTools::placeOrder,
            str("order_type", "Either 'Buy' or 'Sell'."),
            str("symbol", "Ticker symbol to trade."),
            Param.required("price", "float", "Price per share."),
            Param.required("amount", "integer", "Number of shares."))
        .tool("withdraw_funds", "Withdraw money from the account balance (requires login and an open market).",
            AccountTools::withdraw, Param.required("amount", "float", "Amount to withdraw."))
        .tool("get_account_info", "Show the account id, balance and bound card (requires login).",
            AccountTools::accountInfo)
        .tool("trading_login", "Log in to the trading system.",
            AccountTools::login, str("username", "User name."), str("password", "Password."))
        .tool("trading_get_login_status", "Tell whether a user is logged in.", AccountTools::loginStatus)
        .tool("trading_logout", "Log out of the trading system.", AccountTools::logout)
        .tool("fund_account", "Deposit money into the account (requires login).",
            AccountTools::fund, Param.required("amount", "float", "Amount to deposit."))
        .tool("remove_stock_from_watchlist", "Remove a symbol from the watch list (requires login).",
            WatchlistTools::remove, str("symbol", "Ticker symbol to remove."))
        .tool("get_watchlist", "List the symbols on the watch list (requires login).", WatchlistTools::get)
        .tool("get_order_history", "List the ids of all orders (requires login).", OrderTools::getOrderHistory)
        .tool("get_transaction_history", "List deposits and withdrawals, optionally within a date range "
                + "(requires login).", AccountTools::transactionHistory,
            Param.optional("start_date", "string", "First day, YYYY-MM-DD; none for no lower bound.", null),
            Param.optional("end_date", "string", "Last day, YYYY-MM-DD (midnight); none for no upper bound.", null))
        .tool("get_available_stocks", "List the stock symbols of a sector such as 'Technology'.",
            MarketTools::getAvailableStocks, str("sector", "Sector name."))
        .tool("filter_stocks_by_price", "Keep the symbols whose current price lies within a range.",
            MarketTools::filterStocksByPrice,
            Param.required("stocks", "array", "Ticker symbols to filter."),
            Param.required("min_price", "float", "Lowest accepted price."),
            Param.required("max_price", "float", "Highest accepted price."))
        .tool("add_to_watchlist", "Add a known symbol to the watch list.",
            WatchlistTools::add, str("stock", "Ticker symbol to add."))
        .tool("notify_price_change", "Report which stocks moved by at least a percentage threshold.",
            MarketTools::notifyPriceChange,
            Param.required("stocks", "array", "Ticker symbols to check."),
            Param.required("threshold", "float", "Minimum absolute percent change."))
        .build();

    private TradingTable() {
    }

    private static Param str(String name, String description) {
        return Param.required(name, "string", description);
    }
}
