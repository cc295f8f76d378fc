package io.envtune.env.math.internal;

import io.envtune.toolkit.DomainState;
import java.util.Map;

/**
 * MathAPI's state: none. The class has no public attributes, so its canonical state is {@code {}}, and BFCL never
 * loads a scenario into it (a {@code MathAPI} block in {@code initial_config} is ignored).
 */
final class MathState implements DomainState {

    @Override
    public Map<String, Object> attributes() {
        return Map.of();
    }
}
