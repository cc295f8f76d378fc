package io.envtune.env.trading.internal;

import io.envtune.api.FeedbackAugmenter;
import io.envtune.api.ToolFailure;
import io.envtune.toolkit.HintArgs;
import io.envtune.toolkit.TableAugmenter;
import org.osgi.service.component.annotations.Component;

/**
 * Precondition hints for TradingBot: the login most account tools need, orders that do not exist (pointing to
 * {@code get_order_history}), unknown stock symbols and company names, orders that can no longer be cancelled and
 * balances that do not cover a purchase. Reads the structured failure and the call's arguments, never the result.
 */
@Component(service = FeedbackAugmenter.class, property = "service.ranking:Integer=100")
public final class TradingAugmenter extends TableAugmenter {

    private static final String FIND_SYMBOL = " get_symbol_by_name returns the symbol of a company, and "
        + "get_available_stocks lists the symbols of a sector.";

    /** Creates the component; it has no configuration. */
    public TradingAugmenter() {
        super(TradingTable.TABLE);
    }

    @Override
    protected String hint(ToolFailure f, HintArgs args) {
        String p = f.parameter() == null ? "" : f.parameter();
        return switch (f.kind()) {
            case NOT_AUTHENTICATED -> "You are not logged in to the trading account. Log in first with trading_login; "
                + "trading_get_login_status tells whether you are logged in.";
            case NOT_FOUND -> notFound(f.tool(), p, args);
            case PRECONDITION_FAILED -> switch (p) {
                case "order_id" -> "Order " + args.text("order_id") + " is already completed and can no longer be "
                    + "cancelled; get_order_details shows an order's status.";
                case "amount" -> "The account balance does not cover this; get_account_info shows the balance.";
                default -> null;
            };
            default -> null;
        };
    }

    private static String notFound(String tool, String p, HintArgs args) {
        return switch (p) {
            case "order_id" -> "No order with id " + args.text("order_id") + ". get_order_history lists the ids of "
                + "your orders; place_order returns the id of a new order.";
            case "symbol", "stock" -> tool.equals("remove_stock_from_watchlist")
                ? "'" + args.text(p) + "' is not on the watchlist; get_watchlist shows the symbols on it."
                : "'" + args.text(p) + "' is not a known stock symbol." + FIND_SYMBOL;
            case "name" -> "No company named '" + args.text("name") + "' is known. Use the company's name as the user "
                + "wrote it, or list the symbols of a sector with get_available_stocks.";
            default -> null;
        };
    }
}
