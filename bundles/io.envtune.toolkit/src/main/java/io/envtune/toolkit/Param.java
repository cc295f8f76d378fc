package io.envtune.toolkit;

import io.envtune.api.ToolParameter;
import io.envtune.toolkit.internal.python.PyRepr;

/**
 * One parameter of a tool signature, in Python order.
 *
 * @param name the name
 * @param type the JSON-schema type name for specs ({@code string}, {@code integer}, {@code float}, {@code boolean},
 *             {@code array}, {@code dict}, {@code any})
 * @param description a one-line description for prompts
 * @param required whether it has no default
 * @param defaultValue the default (Python value model) when not required
 */
public record Param(String name, String type, String description, boolean required, Object defaultValue) {

    /**
     * A parameter without a default.
     *
     * @param name the name
     * @param type the JSON-schema type name
     * @param description a one-line description
     * @return the parameter
     */
    public static Param required(String name, String type, String description) {
        return new Param(name, type, description, true, null);
    }

    /**
     * A parameter with a default.
     *
     * @param name the name
     * @param type the JSON-schema type name
     * @param description a one-line description
     * @param defaultValue the default value (Python value model; null = None)
     * @return the parameter
     */
    public static Param optional(String name, String type, String description, Object defaultValue) {
        return new Param(name, type, description, false, defaultValue);
    }

    /** @return this parameter as the API's spec record */
    public ToolParameter toSpec() {
        return new ToolParameter(name, type, description, required, required ? null : PyRepr.repr(defaultValue));
    }
}
