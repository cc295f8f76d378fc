package io.envtune.env.vehicle.internal;

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
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;

/**
 * The BFCL {@code VehicleControlAPI} domain as a tool environment: a stateless factory of car instances. The
 * long-context padding is read once per data folder and kept by this component (never in a static field).
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = VehicleTable.OWNER)
public final class VehicleEnvironment implements ToolEnvironment {

    private final Map<Path, LongContextData> paddingByDir = new ConcurrentHashMap<>();

    /** Creates the component; it needs no configuration. */
    public VehicleEnvironment() {
    }

    @Override
    public String id() {
        return VehicleTable.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return VehicleTable.TOOLS.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        Object scenario = PyValues.fromJson(scenarioJson);
        if (!(scenario instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("VehicleControlAPI scenario must be a JSON object: " + scenarioJson);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) scenario;
        VehicleLongContext padding = options.longContext() ? VehicleLongContext.of(padding(options.dataDir())) : null;
        return new TableInstance<>(id(), VehicleTable.TOOLS, new VehicleState(config, padding));
    }

    private LongContextData padding(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException(
                    "VehicleControlAPI long context needs a BFCL data folder (EnvironmentOptions.dataDir)");
        }
        return paddingByDir.computeIfAbsent(dataDir.toAbsolutePath().normalize(), LongContextData::load);
    }
}
