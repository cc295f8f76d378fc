package io.envtune.toolkit;

import io.envtune.api.EnvironmentInstance;
import io.envtune.api.ToolResult;
import java.util.List;

/**
 * BFCL's {@code execute_multi_turn_func_call} for one call string, without {@code eval}: parse, blacklist
 * ({@code kill exit quit remove unlink popen Popen run} → {@code Function call kill is not allowed.}), look the name up
 * among the instances' tools (unknown → {@code name 'x' is not defined}), bind and run. Every outcome is a
 * {@link ToolResult}; nothing escapes.
 */
public final class CallExecutor {

    private final List<ToolLookup> instances;

    /**
     * @param instances the episode's instances with their tool names, in involved-class order
     */
    public CallExecutor(List<ToolLookup> instances) {
        this.instances = List.copyOf(instances);
    }

    /**
     * @param callText one call in Python call syntax
     * @return the result; {@code "Error during execution: ..."} for every failure
     */
    public ToolResult execute(String callText) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * An instance with the set of tool names it answers to.
     *
     * @param instance the instance
     * @param toolNames its tools
     */
    public record ToolLookup(EnvironmentInstance instance, java.util.Set<String> toolNames) {
    }
}
