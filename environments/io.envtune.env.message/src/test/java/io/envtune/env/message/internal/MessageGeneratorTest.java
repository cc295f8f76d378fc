package io.envtune.env.message.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The generator contract over 1200 generated MessageAPI tasks. */
public class MessageGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new MessageGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new MessageEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new MessageTasks();
    }
}
