package io.envtune.toolkit;

import io.envtune.toolkit.value.PyException;

/**
 * The body of one tool: a plain function over the domain state and the bound arguments.
 *
 * @param <S> the domain state type
 */
@FunctionalInterface
public interface ToolFunction<S> {

    /**
     * @param state the episode's state (mutable, confined to the calling thread)
     * @param args the bound arguments
     * @return the Python value the reference returns (a dict, a list, None, …) or a {@link Failed}
     * @throws PyException where the reference raises
     */
    Object apply(S state, BoundArgs args);
}
