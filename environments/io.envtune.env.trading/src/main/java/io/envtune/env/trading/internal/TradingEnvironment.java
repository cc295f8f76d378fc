package io.envtune.env.trading.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.TableInstance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's TradingBot domain: stocks, orders, an account and a watch list (20 tools). Stateless apart from
 * the lazily loaded long-context padding, which is cached per component instance and per data folder.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TradingTools.OWNER)
public final class TradingEnvironment implements ToolEnvironment {

    /** The padding last loaded, with the folder it came from; replaced when another folder is asked for. */
    private record Loaded(Path dataDir, Padding padding) {
    }

    private Loaded loaded;

    @Override
    public String id() {
        return TradingTools.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return TradingTools.TABLE.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        Padding padding = options.longContext() ? padding(options.dataDir()) : null;
        Object scenario = PyValues.fromJson(scenarioJson);
        if (!(scenario instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("TradingBot scenario must be a JSON object: " + scenarioJson);
        }
        return new TableInstance<>(TradingTools.OWNER, TradingTools.TABLE, new TradingState(map, padding));
    }

    private synchronized Padding padding(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException("TradingBot long context needs a BFCL data folder "
                + "(EnvironmentOptions.dataDir) holding long_context_constants.json");
        }
        if (loaded == null || !loaded.dataDir().equals(dataDir)) {
            loaded = new Loaded(dataDir, new Padding(LongContextData.load(dataDir)));
        }
        return loaded.padding();
    }
}
