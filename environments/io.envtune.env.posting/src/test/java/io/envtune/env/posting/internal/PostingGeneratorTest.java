package io.envtune.env.posting.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The generator contract over 1200 generated TwitterAPI tasks. */
public class PostingGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new PostingGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new PostingEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new PostingTasks();
    }
}
