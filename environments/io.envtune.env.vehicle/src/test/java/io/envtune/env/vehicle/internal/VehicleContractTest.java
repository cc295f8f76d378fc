package io.envtune.env.vehicle.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;

/**
 * The environment contract on VehicleControlAPI (see {@link EnvironmentContractTest}), with BFCL's default
 * scenario. Among other things every tool is called with garbage and wrongly typed arguments: each must give a
 * result, never a Java exception, so an input the Python reference rejects raises its Python error on purpose.
 */
public final class VehicleContractTest extends EnvironmentContractTest {

    @Override
    protected ToolEnvironment environment() {
        return new VehicleEnvironment();
    }

    @Override
    protected String scenarioJson() {
        return "{}";
    }
}
