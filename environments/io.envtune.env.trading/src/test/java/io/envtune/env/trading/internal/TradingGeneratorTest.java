package io.envtune.env.trading.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The test kit's generator contract over 1200 generated Trading tasks. */
public final class TradingGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new TradingGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new TradingEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new TradingTasks();
    }
}
