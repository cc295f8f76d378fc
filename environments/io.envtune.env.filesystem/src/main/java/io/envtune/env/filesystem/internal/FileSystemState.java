package io.envtune.env.filesystem.internal;

import io.envtune.toolkit.DomainState;
import io.envtune.toolkit.PyValues;
import java.util.Map;

/**
 * The state of one GorillaFileSystem episode: the public attributes {@code root} and {@code long_context}, plus the
 * private current directory, which the checker never compares.
 */
final class FileSystemState implements DomainState {

    private final Directory root;
    private final boolean longContext;
    private Directory currentDir;

    /**
     * Loads a scenario like the reference's {@code _load_scenario}: the first key under {@code root} names the root
     * directory; without one the root is an empty directory named {@code /}.
     *
     * @param scenarioJson the {@code GorillaFileSystem} block of an initial config, or {@code {}}
     * @param padding the long-context padding, or null for a plain episode
     */
    FileSystemState(String scenarioJson, Padding padding) {
        this.longContext = padding != null;
        this.root = new TreeLoader(padding).root(scenario(scenarioJson));
        this.currentDir = root;
    }

    private static Map<?, ?> scenario(String json) {
        if (PyValues.fromJson(json) instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("GorillaFileSystem scenario must be a JSON object: " + json);
    }

    @Override
    public Map<String, Object> attributes() {
        return PyValues.dict("root", root, "long_context", longContext);
    }

    /** @return the root directory */
    Directory root() {
        return root;
    }

    /** @return the current directory */
    Directory currentDir() {
        return currentDir;
    }

    /** @param dir the new current directory */
    void changeTo(Directory dir) {
        this.currentDir = dir;
    }

    /** @return whether long-context padding was applied at load */
    boolean longContext() {
        return longContext;
    }
}
