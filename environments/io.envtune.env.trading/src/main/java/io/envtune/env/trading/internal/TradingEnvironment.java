package io.envtune.env.trading.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's TradingBot domain: stocks, orders, an account and a watch list (20 tools). Stateless apart from
 * the long-context constants, read once per data folder by {@link TableEnvironment#longContextData}.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TradingTable.OWNER)
public final class TradingEnvironment extends TableEnvironment<TradingState> {

    /** Creates the component; it has no configuration. */
    public TradingEnvironment() {
        super(TradingTable.TABLE, "1.0.0");
    }

    @Override
    protected TradingState state(String scenarioJson, EnvironmentOptions options) {
        LongContextData data = longContextData(options);
        return new TradingState(scenarioObject(scenarioJson), data == null ? null : new Padding(data));
    }
}
