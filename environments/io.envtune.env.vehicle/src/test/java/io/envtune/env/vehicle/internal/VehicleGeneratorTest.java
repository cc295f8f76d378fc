package io.envtune.env.vehicle.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The test kit's generator contract over 1200 generated Vehicle tasks. */
public final class VehicleGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new VehicleGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new VehicleEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new VehicleTasks();
    }
}
