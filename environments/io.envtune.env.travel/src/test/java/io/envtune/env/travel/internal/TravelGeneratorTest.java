package io.envtune.env.travel.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The test kit's generator contract over 1200 generated Travel tasks. */
public final class TravelGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new TravelGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new TravelEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new TravelTasks();
    }
}
