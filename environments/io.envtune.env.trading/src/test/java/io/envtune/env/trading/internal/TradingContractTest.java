package io.envtune.env.trading.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * TradingBot keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code trd_base_2}.
 */
public final class TradingContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new TradingEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"orders\": {\"5001\": {\"id\": 5001, \"order_type\": \"Buy\", \"symbol\": \"AAPL\", "
            + "\"price\": 150.0, \"amount\": 10, \"status\": \"Open\"}}, \"account_info\": {\"account_id\": 777, "
            + "\"balance\": 5000.0, \"binding_card\": 4000123412341234}, \"authenticated\": true, "
            + "\"market_status\": \"Open\", \"order_counter\": 5001, \"stocks\": {\"AAPL\": {\"price\": 150.0, "
            + "\"percent_change\": 0.5, \"volume\": 1.2, \"MA(5)\": 149.5, \"MA(20)\": 148.0}, "
            + "\"TSLA\": {\"price\": 200.0, \"percent_change\": -1.0, \"volume\": 2.1, \"MA(5)\": 202.0, "
            + "\"MA(20)\": 205.0}, \"NVDA\": {\"price\": 120.0, \"percent_change\": 2.0, \"volume\": 3.3, "
            + "\"MA(5)\": 118.0, \"MA(20)\": 115.0}}, \"watch_list\": [\"AAPL\"], \"transaction_history\": []}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "add_to_watchlist(stock='NVDA')",
            "get_watchlist()");
    }
}
