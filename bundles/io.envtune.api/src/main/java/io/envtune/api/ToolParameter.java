package io.envtune.api;

/**
 * One parameter of a tool, in Python signature order.
 *
 * @param name the parameter name, as a keyword argument would spell it
 * @param type the JSON-schema type name shown to models ({@code string}, {@code integer}, {@code float},
 *             {@code boolean}, {@code array}, {@code dict}, {@code any})
 * @param description a one-line description for prompts; never null
 * @param required whether a call must supply it
 * @param defaultRepr the Python {@code repr} of the default value when not required (e.g. {@code None},
 *                    {@code '.'}, {@code 10}); null when required
 */
public record ToolParameter(String name, String type, String description, boolean required, String defaultRepr) {
}
