package io.envtune.env.filesystem.internal;

import io.envtune.api.EnvironmentId;
import io.envtune.api.EnvironmentInstance;
import io.envtune.api.EnvironmentOptions;
import io.envtune.api.ToolEnvironment;
import io.envtune.api.ToolSpec;
import io.envtune.toolkit.LongContextData;
import io.envtune.toolkit.TableInstance;
import java.nio.file.Path;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Registers BFCL's GorillaFileSystem: an in-memory file tree driven by shell-like tools. */
@Component(service = ToolEnvironment.class)
@EnvironmentId(id = FileSystemTools.OWNER)
public final class FileSystemEnvironment implements ToolEnvironment {

    /** The long-context padding, read once per component instance from the first data folder asked for. */
    private Padding padding;
    private Path paddingDir;

    @Override
    public String id() {
        return FileSystemTools.OWNER;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ToolSpec> tools() {
        return FileSystemTools.TABLE.specs();
    }

    @Override
    public EnvironmentInstance create(String scenarioJson, EnvironmentOptions options) {
        Padding pad = options.longContext() ? padding(options.dataDir()) : null;
        return new TableInstance<>(FileSystemTools.OWNER, FileSystemTools.TABLE, new FileSystemState(scenarioJson, pad));
    }

    private synchronized Padding padding(Path dataDir) {
        if (dataDir == null) {
            throw new IllegalArgumentException("GorillaFileSystem: long context needs a BFCL data folder (dataDir)");
        }
        if (padding == null || !dataDir.equals(paddingDir)) {
            padding = Padding.from(LongContextData.load(dataDir));
            paddingDir = dataDir;
        }
        return padding;
    }
}
