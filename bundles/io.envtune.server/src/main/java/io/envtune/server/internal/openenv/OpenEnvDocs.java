package io.envtune.server.internal.openenv;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The static side of the OpenEnv routes: which paths they are (and their one method), the JSON schemas of the
 * action, the observations and the state ({@code /schema}, from {@code openenv-schema.json} beside the classes),
 * and the environment's metadata ({@code /metadata}). Immutable.
 */
final class OpenEnvDocs {

    /** The schema resource, beside the classes. */
    static final String SCHEMA = "/openenv-schema.json";

    private static final Map<String, String> ROUTES = Map.of("/reset", "POST", "/step", "POST", "/state", "GET",
        "/schema", "GET", "/metadata", "GET", "/health", "GET");

    private final String schema;
    private final String metadata;

    OpenEnvDocs() {
        this.schema = Wire.encode(load());
        JsonObject m = new JsonObject();
        m.addProperty("name", "envtune-bfcl");
        m.addProperty("description", "BFCL multi-turn tool use with envtune's feedback, per-turn rewards and "
            + "curriculum stages; reset with a task_id, step with {\"message\": <assistant text>}");
        m.add("readme_content", null);
        m.addProperty("version", version());
        m.addProperty("author", "envtune");
        m.add("documentation_url", null);
        this.metadata = Wire.encode(m);
    }

    /**
     * @param path a request path
     * @return the method of the OpenEnv route at that path, or null when it is not one
     */
    String method(String path) {
        return path == null ? null : ROUTES.get(path);
    }

    /**
     * @param path a request path
     * @return whether it is one of OpenEnv's HTTP routes
     */
    static boolean route(String path) {
        return path != null && ROUTES.containsKey(path);
    }

    /** @return the {@code /schema} body */
    String schema() {
        return schema;
    }

    /** @return the {@code /metadata} body */
    String metadata() {
        return metadata;
    }

    private static String version() {
        Package p = OpenEnvDocs.class.getPackage();
        return p == null || p.getImplementationVersion() == null ? "0.1.0" : p.getImplementationVersion();
    }

    private static JsonElement load() {
        try (InputStream in = OpenEnvDocs.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the bundle");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JsonParser.parseReader(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
