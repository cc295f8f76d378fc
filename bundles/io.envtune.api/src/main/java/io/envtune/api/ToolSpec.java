package io.envtune.api;

import java.util.List;

/**
 * What a model is told about one tool: its name, description and parameters in Python signature order.
 *
 * @param name the tool name, unique across all environments of an episode
 * @param description what the tool does, for prompts
 * @param parameters the parameters in positional order; never null
 */
public record ToolSpec(String name, String description, List<ToolParameter> parameters) {

    /** Copies the parameter list so the record stays immutable. */
    public ToolSpec {
        parameters = List.copyOf(parameters);
    }
}
