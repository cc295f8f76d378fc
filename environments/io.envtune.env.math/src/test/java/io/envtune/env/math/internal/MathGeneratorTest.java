package io.envtune.env.math.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The generator contract over 1200 generated MathAPI tasks. */
public class MathGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new MathGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new MathEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new MathTasks();
    }
}
