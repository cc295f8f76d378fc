package io.envtune.toolkit;

import java.nio.file.Path;
import java.util.Map;

/**
 * The long-context padding constants of BFCL ({@code long_context_constants.json} in a BFCL data folder), read at run
 * time, never committed. Immutable once loaded; callers deep-copy what they mutate.
 */
public final class LongContextData {

    private final Map<String, Object> values;

    private LongContextData(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * @param dataDir a BFCL data folder
     * @return the constants
     * @throws IllegalArgumentException when the file is missing or malformed, naming the path
     */
    public static LongContextData load(Path dataDir) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param name a constant name, e.g. {@code FILE_CONTENT_EXTENSION}
     * @return its value (Python value model; do not mutate)
     * @throws IllegalArgumentException for an unknown name
     */
    public Object get(String name) {
        Object v = values.get(name);
        if (v == null && !values.containsKey(name)) {
            throw new IllegalArgumentException("no long-context constant " + name);
        }
        return v;
    }
}
