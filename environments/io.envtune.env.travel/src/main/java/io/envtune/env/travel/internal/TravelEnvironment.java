package io.envtune.env.travel.internal;

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

/** Registers the BFCL TravelAPI domain: flights, credit cards, budget, insurance and currency exchange. */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = TravelTools.OWNER)
public final class TravelEnvironment implements ToolEnvironment {

    /** Padding constants per data folder, read on first long-context use; guarded by this. */
    private Path paddingDir;
    private LongContextData padding;

    @Override
    public String id() {
        return TravelTools.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return TravelTools.TABLE.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        Object scenario = PyValues.fromJson(scenarioJson);
        if (!(scenario instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("TravelAPI scenario must be a JSON object: " + scenarioJson);
        }
        LongContextData data = options.longContext() ? padding(options.dataDir()) : null;
        return new TableInstance<>(TravelTools.OWNER, TravelTools.TABLE,
            new TravelState(castScenario(scenario), options.longContext(), data));
    }

    private synchronized LongContextData padding(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException(
                "TravelAPI long context needs a BFCL data folder (EnvironmentOptions.dataDir)");
        }
        if (padding == null || !dataDir.equals(paddingDir)) {
            padding = LongContextData.load(dataDir);
            paddingDir = dataDir;
        }
        return padding;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castScenario(Object scenario) {
        return (Map<String, Object>) scenario;
    }
}
