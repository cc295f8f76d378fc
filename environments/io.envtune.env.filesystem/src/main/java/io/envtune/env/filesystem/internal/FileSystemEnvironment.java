package io.envtune.env.filesystem.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.TableEnvironment;
import org.osgi.service.component.annotations.Component;

/**
 * Registers BFCL's GorillaFileSystem: an in-memory file tree driven by shell-like tools. Long context pads the tree
 * with BFCL's constants, read once per data folder by {@link TableEnvironment#longContextData}.
 */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = FileSystemTable.OWNER)
public final class FileSystemEnvironment extends TableEnvironment<FileSystemState> {

    /** Creates the component; it has no configuration. */
    public FileSystemEnvironment() {
        super(FileSystemTable.TABLE, "1.0.0");
    }

    @Override
    protected FileSystemState state(String scenarioJson, EnvironmentOptions options) {
        LongContextData data = longContextData(options);
        return new FileSystemState(scenarioJson, data == null ? null : Padding.from(data));
    }
}
