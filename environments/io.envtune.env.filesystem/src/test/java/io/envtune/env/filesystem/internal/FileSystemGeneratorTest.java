package io.envtune.env.filesystem.internal;

import io.envtune.api.TaskGenerator;
import io.envtune.api.TaskSource;
import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.GeneratorContractTest;

/** The generator contract over 1200 generated GorillaFileSystem tasks. */
public class FileSystemGeneratorTest extends GeneratorContractTest {

    @Override
    protected TaskGenerator generator() {
        return new FileSystemGenerator();
    }

    @Override
    protected ToolEnvironment environment() {
        return new FileSystemEnvironment();
    }

    @Override
    protected TaskSource builtinTasks() {
        return new FileSystemTasks();
    }
}
