package io.envtune.server.internal.openenv;

import io.envtune.server.internal.core.ServiceCore;
import io.envtune.server.internal.core.ServiceError;
import io.envtune.server.internal.http.BearerAuth;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * Puts OpenEnv's front before envtune's API handler: the {@code /ws} WebSocket upgrade first, then the OpenEnv HTTP
 * routes, then the API. The upgrade needs the bearer token when the server has one, like every route but the
 * health checks.
 */
public final class OpenEnvFront {

    /** The WebSocket path OpenEnv clients connect to ({@code base_url + "/ws"}). */
    public static final String WS_PATH = "/ws";

    private OpenEnvFront() {
    }

    /**
     * @param server the Jetty server (the WebSocket container lives in it)
     * @param core the one episode core
     * @param token the bearer token, or null for none
     * @param api envtune's own API handler, for every other path
     * @return the handler to install on the server
     */
    public static Handler wrap(Server server, ServiceCore core, String token, Handler api) {
        OpenEnvEpisodes episodes = new OpenEnvEpisodes(core);
        BearerAuth auth = new BearerAuth(token);
        OpenEnvHttp http = new OpenEnvHttp(episodes, core, auth, new OpenEnvDocs());
        http.setHandler(api);
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(server, c -> configure(c, core, auth, episodes));
        ws.setHandler(http);
        return ws;
    }

    /**
     * @param path a request path
     * @return whether OpenEnv's front answers it (its HTTP routes and the WebSocket), so errors take OpenEnv's shape
     */
    public static boolean owns(String path) {
        return WS_PATH.equals(path) || OpenEnvDocs.route(path);
    }

    /**
     * @param message an error's text
     * @return the error body OpenEnv's servers send, {@code {"detail": "..."}}
     */
    public static String errorBody(String message) {
        return OpenEnvHttp.detail(message);
    }

    private static void configure(ServerWebSocketContainer c, ServiceCore core, BearerAuth auth,
                                  OpenEnvEpisodes episodes) {
        int maxBytes = core.limits().maxBodyBytes();
        // The connection closes after the same idle time as an unused episode; our own limit refuses big messages
        // (OpenEnvSocket), Jetty's only stops a message far beyond it.
        c.setIdleTimeout(core.limits().idleTimeout());
        c.setMaxTextMessageSize(4L * maxBytes);
        c.setAutoFragment(true);
        c.addMapping(WS_PATH, (request, response, callback) -> {
            try {
                auth.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            } catch (ServiceError e) {
                response.setStatus(e.kind().status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
                Content.Sink.write(response, true, OpenEnvHttp.detail(e.getMessage()), callback);
                return null;
            }
            return new OpenEnvSocket(new OpenEnvSession(episodes, core.metrics(), maxBytes), maxBytes);
        });
    }
}
