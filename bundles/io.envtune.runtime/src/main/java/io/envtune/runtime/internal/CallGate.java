package io.envtune.runtime.internal;

import io.envtune.api.ToolResult;

/** How a step runs one call: straight on the live instances, or on a {@link io.envtune.runtime.ToolCallRunner}. */
@FunctionalInterface
public interface CallGate {

    /**
     * @param callText one call in Python syntax
     * @return its result
     * @throws io.envtune.runtime.ToolCallRunner.Fault when the call ran over its time limit or its environment failed
     */
    ToolResult call(String callText);
}
