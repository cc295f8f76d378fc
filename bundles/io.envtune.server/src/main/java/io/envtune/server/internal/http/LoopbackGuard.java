package io.envtune.server.internal.http;

import io.envtune.server.internal.openenv.OpenEnvFront;
import java.net.URI;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Guards every route (envtune's API and the OpenEnv front) against a web page in the user's browser. Without a
 * token the server trusts loopback, and a browser can reach loopback: a page can POST to it (CSRF) or rename itself
 * onto 127.0.0.1 (DNS rebinding). So without a token only requests whose {@code Host} is a loopback name
 * ({@code localhost}, {@code 127.x.x.x}, {@code ::1}) and whose {@code Origin}, if any, is loopback too are served
 * (else 403). With a token the token decides. Every request body must be declared JSON
 * ({@code Content-Type: application/json}, else 415): a browser cannot send that cross-origin without a preflight,
 * which this server never grants. A refusal on one of OpenEnv's paths takes OpenEnv's error shape
 * ({@code {"detail": "..."}}), every other one envtune's. Immutable, thread-safe.
 */
final class LoopbackGuard extends Handler.Wrapper {

    private final boolean tokenless;

    /**
     * @param tokenless whether the server runs without a token (then Host and Origin are checked)
     * @param next the handler that serves what passes
     */
    LoopbackGuard(boolean tokenless, Handler next) {
        super(next);
        this.tokenless = tokenless;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String refusal = refusal(request);
        if (refusal == null) {
            return super.handle(request, response, callback);
        }
        int status = refusal.startsWith("Content-Type") ? 415 : 403;
        String code = status == 415 ? "unsupported_media_type" : "forbidden";
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        String body = OpenEnvFront.owns(Request.getPathInContext(request)) ? OpenEnvFront.errorBody(refusal)
            : Json.encode(Router.error(status, code, refusal).body());
        Content.Sink.write(response, true, body, callback);
        return true;
    }

    private String refusal(Request request) {
        if (tokenless) {
            String host = request.getHttpURI().getHost();
            if (host == null || !loopback(host)) {
                return "Host '" + host + "' is not a loopback name; without a token this server answers only "
                    + "localhost, 127.0.0.1 and [::1]";
            }
            String origin = request.getHeaders().get(HttpHeader.ORIGIN);
            if (origin != null && !loopbackOrigin(origin)) {
                return "Origin '" + origin + "' is not loopback; without a token this server answers no web page "
                    + "from another site";
            }
        }
        String method = request.getMethod();
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (body && !json(type)) {
            return "Content-Type must be application/json, was " + (type == null ? "none" : "'" + type + "'");
        }
        return null;
    }

    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
            || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static boolean loopbackOrigin(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                && loopback(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }
}
