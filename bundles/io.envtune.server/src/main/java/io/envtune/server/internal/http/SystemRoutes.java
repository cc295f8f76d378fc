package io.envtune.server.internal.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.envtune.server.internal.core.ServiceCore;
import java.util.List;

/** Health, metrics and the OpenAPI document. */
final class SystemRoutes {

    private final ServiceCore core;
    private final JsonElement openApi;

    SystemRoutes(ServiceCore core, JsonElement openApi) {
        this.core = core;
        this.openApi = openApi;
    }

    List<Route> routes() {
        return List.of(
            new Route("GET", "/v1/health", c -> Route.Reply.ok(new Health("ok", core.openEpisodes())),
                Route.Kind.PUBLIC),
            new Route("GET", "/v1/metrics", c -> Route.Reply.ok(metrics()), Route.Kind.READ),
            new Route("GET", "/v1/openapi.json", c -> Route.Reply.ok(openApi), Route.Kind.READ));
    }

    /**
     * The health body.
     *
     * @param status always {@code ok} while the service answers
     * @param episodesOpen open episodes
     */
    record Health(String status, int episodesOpen) {
    }

    private JsonObject metrics() {
        JsonObject out = Json.tree(core.metrics().snapshot()).getAsJsonObject();
        out.addProperty("episodesOpen", core.openEpisodes());
        out.addProperty("maxOpenEpisodes", core.limits().maxOpenEpisodes());
        return out;
    }
}
