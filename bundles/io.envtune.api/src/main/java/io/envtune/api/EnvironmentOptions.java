package io.envtune.api;

import java.nio.file.Path;

/**
 * How to create an {@link EnvironmentInstance}.
 *
 * @param longContext whether the BFCL long-context behaviour is on (padded state and responses)
 * @param dataDir a BFCL data folder holding {@code long_context_constants.json}; null when none is configured, in
 *                which case long-context instances fail to create with a clear message
 */
public record EnvironmentOptions(boolean longContext, Path dataDir) {

    /** Plain options: no long context, no data folder. */
    public static final EnvironmentOptions DEFAULT = new EnvironmentOptions(false, null);
}
