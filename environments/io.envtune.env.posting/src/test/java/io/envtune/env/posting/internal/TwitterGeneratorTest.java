package io.envtune.env.posting.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The generator contract over 1200 generated TwitterAPI tasks. */
public class TwitterGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new TwitterGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new TwitterEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new TwitterTasks();
    }
}
