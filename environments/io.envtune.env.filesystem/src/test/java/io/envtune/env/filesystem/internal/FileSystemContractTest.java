package io.envtune.env.filesystem.internal;

import io.envtune.api.ToolEnvironment;
import io.envtune.testkit.EnvironmentContractTest;
import java.util.List;

/**
 * GorillaFileSystem keeps the contract every environment keeps ({@link EnvironmentContractTest}), on the scenario and
 * the calls of its built-in task {@code fs_base_2}.
 */
public final class FileSystemContractTest extends EnvironmentContractTest {

    private final ToolEnvironment environment = new FileSystemEnvironment();

    @Override
    protected ToolEnvironment environment() {
        return environment;
    }

    @Override
    protected String scenarioJson() {
        return "{\"root\": {\"home\": {\"type\": \"directory\", \"contents\": {\"notes\": {\"type\": \"directory\", "
            + "\"contents\": {\"todo.txt\": {\"type\": \"file\", \"content\": \"buy milk\\nwash car\\ncall mom\"}, "
            + "\"ideas.txt\": {\"type\": \"file\", \"content\": \"plant a tree\\nlearn guitar\"}}}, "
            + "\"old\": {\"type\": \"directory\", \"contents\": {}}, \"readme.txt\": {\"type\": \"file\", "
            + "\"content\": \"welcome home\\nthis is the readme\"}}}}}";
    }

    @Override
    protected List<String> sampleCalls() {
        return List.of(
            "mkdir(dir_name='photos')",
            "cd(folder='photos')",
            "touch(file_name='list.txt')");
    }
}
