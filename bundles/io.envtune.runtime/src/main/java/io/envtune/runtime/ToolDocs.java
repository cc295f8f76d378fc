package io.envtune.runtime;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.envtune.api.ToolParameter;
import io.envtune.api.ToolSpec;
import java.util.List;

/**
 * Renders tool specs as the JSON function docs a prompt embeds (BFCL's func-doc shape: name, description,
 * parameters as a {@code dict} schema with properties and required names). JSON is written here, at the edge.
 */
public final class ToolDocs {

    private ToolDocs() {
    }

    /**
     * @param specs the tools on offer
     * @return one JSON line per tool
     */
    public static String render(List<ToolSpec> specs) {
        StringBuilder out = new StringBuilder();
        for (ToolSpec spec : specs) {
            out.append(doc(spec)).append('\n');
        }
        return out.toString().strip();
    }

    private static JsonObject doc(ToolSpec spec) {
        JsonObject properties = new JsonObject();
        JsonArray required = new JsonArray();
        for (ToolParameter p : spec.parameters()) {
            JsonObject prop = new JsonObject();
            prop.addProperty("type", p.type());
            prop.addProperty("description", p.description());
            if (!p.required()) {
                prop.addProperty("default", p.defaultRepr());
            } else {
                required.add(p.name());
            }
            properties.add(p.name(), prop);
        }
        JsonObject params = new JsonObject();
        params.addProperty("type", "dict");
        params.add("properties", properties);
        params.add("required", required);
        JsonObject doc = new JsonObject();
        doc.addProperty("name", spec.name());
        doc.addProperty("description", spec.description());
        doc.add("parameters", params);
        return doc;
    }
}
