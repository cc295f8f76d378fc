package io.envtune.server.internal.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.List;

/**
 * Tool specs in the OpenAI tools format ({@code {"type": "function", "function": {name, description, parameters}}}
 * with a JSON-schema object of parameters), for trainers whose chat templates take tools that way. BFCL type names
 * map to JSON-schema ones: {@code float} is {@code number}, {@code dict} is {@code object}, {@code any} has no type.
 */
public final class OpenAiTools {

    private OpenAiTools() {
    }

    /**
     * @param specs tool specs
     * @return them in the OpenAI tools format
     */
    public static JsonArray render(List<ToolSpec> specs) {
        JsonArray out = new JsonArray();
        for (ToolSpec s : specs) {
            JsonObject function = new JsonObject();
            function.addProperty("name", s.name());
            function.addProperty("description", s.description());
            function.add("parameters", parameters(s.parameters()));
            JsonObject tool = new JsonObject();
            tool.addProperty("type", "function");
            tool.add("function", function);
            out.add(tool);
        }
        return out;
    }

    private static JsonObject parameters(List<ToolParameter> params) {
        JsonObject properties = new JsonObject();
        JsonArray required = new JsonArray();
        for (ToolParameter p : params) {
            JsonObject prop = new JsonObject();
            String type = schemaType(p.type());
            if (type != null) {
                prop.addProperty("type", type);
            }
            if ("array".equals(type)) {
                prop.add("items", new JsonObject());
            }
            prop.addProperty("description", p.required() ? p.description()
                : p.description() + " (default: " + p.defaultRepr() + ")");
            properties.add(p.name(), prop);
            if (p.required()) {
                required.add(p.name());
            }
        }
        JsonObject schema = new JsonObject();
        schema.addProperty("type", "object");
        schema.add("properties", properties);
        schema.add("required", required);
        return schema;
    }

    private static String schemaType(String bfclType) {
        return switch (bfclType == null ? "any" : bfclType) {
            case "float" -> "number";
            case "dict" -> "object";
            case "any" -> null;
            default -> bfclType;
        };
    }
}
