package io.envtune.server.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.server.internal.http.ApiServer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/** The OpenAPI document beside the code lists exactly the routes the code serves, each with its responses. */
public class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    public void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        JsonObject doc = ApiServer.openApi().getAsJsonObject();
        assertTrue(doc.get("openapi").getAsString().startsWith("3."));
        TreeSet<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonElement> path : doc.getAsJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonElement> op : path.getValue().getAsJsonObject().entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    assertTrue(path.getKey() + " " + op.getKey() + " has no responses",
                        op.getValue().getAsJsonObject().getAsJsonObject("responses").size() > 0);
                }
            }
        }
        try (EnvtuneServer server = EnvtuneServer.start(ServerSettings.loopback(0), TestPlugins.all())) {
            assertEquals(documented, new TreeSet<>(server.routes()));
            Api.Reply served = new Api(server.baseUrl()).get("/v1/openapi.json");
            assertEquals(200, served.status());
            assertEquals(doc, served.body());
        }
    }

    @Test
    public void everySchemaReferenceResolves() {
        JsonObject doc = ApiServer.openApi().getAsJsonObject();
        JsonObject components = doc.getAsJsonObject("components");
        TreeSet<String> missing = new TreeSet<>();
        collectRefs(doc, components, missing);
        assertTrue("unresolved: " + missing, missing.isEmpty());
    }

    private static void collectRefs(JsonElement e, JsonObject components, Set<String> missing) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                if (f.getKey().equals("$ref")) {
                    String[] parts = f.getValue().getAsString().replace("#/components/", "").split("/");
                    JsonObject group = components.getAsJsonObject(parts[0]);
                    if (group == null || !group.has(parts[1])) {
                        missing.add(f.getValue().getAsString());
                    }
                } else {
                    collectRefs(f.getValue(), components, missing);
                }
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collectRefs(x, components, missing));
        }
    }
}
