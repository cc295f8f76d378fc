package io.envtune.env.vehicle.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * The BFCL {@code VehicleControlAPI} domain as a tool environment: a stateless factory of car instances. The
 * long-context constants are read once per data folder by {@link TableEnvironment#longContextData}.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = VehicleTable.OWNER)
public final class VehicleEnvironment extends TableEnvironment<VehicleState> {

    /** Creates the component; it has no configuration. */
    public VehicleEnvironment() {
        super(VehicleTable.TOOLS, "1.0.0");
    }

    @Override
    protected VehicleState state(String scenarioJson, EnvironmentOptions options) {
        LongContextData data = longContextData(options);
        return new VehicleState(scenarioObject(scenarioJson), data == null ? null : VehicleLongContext.of(data));
    }
}
