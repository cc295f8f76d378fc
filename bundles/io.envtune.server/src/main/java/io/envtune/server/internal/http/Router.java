package io.envtune.server.internal.http;

import io.envtune.server.internal.core.ServiceError;
import io.envtune.server.internal.core.ServiceMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The one Jetty handler: matches the route, checks the token, reads a size-limited body, calls the route, and
 * writes its reply or a JSON error. A handler's bug becomes a 500 for that request only. Thread-safe.
 */
final class Router extends Handler.Abstract {

    private final List<Route> routes;
    private final BearerAuth auth;
    private final int maxBodyBytes;
    private final ServiceMetrics metrics;

    Router(List<Route> routes, BearerAuth auth, int maxBodyBytes, ServiceMetrics metrics) {
        this.routes = List.copyOf(routes);
        this.auth = auth;
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Route.Kind kind = Route.Kind.READ;
        Route.Reply reply;
        try {
            Matched m = match(request.getMethod(), Request.getPathInContext(request));
            kind = m.route().kind();
            if (kind != Route.Kind.PUBLIC) {
                auth.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            }
            String body = kind == Route.Kind.WRITE || kind == Route.Kind.STEP ? body(request) : "";
            reply = m.route().handler().handle(new Route.Call(m.params(), query(request), body));
        } catch (ServiceError e) {
            reply = error(e.kind().status(), e.kind().code(), e.getMessage());
            if (e.kind() == ServiceError.Kind.TOO_LARGE) {
                // The unread body stays in the socket; the connection cannot be reused.
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
        } catch (RuntimeException e) {
            reply = error(500, "internal", "internal error: " + e);
        }
        String json = Json.encode(reply.body());
        metrics.request(reply.status(), (System.nanoTime() - start) / 1000, kind == Route.Kind.STEP);
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, json, callback);
        return true;
    }

    static Route.Reply error(int status, String code, String message) {
        return new Route.Reply(status, new Bodies.Error(code, message, status));
    }

    private record Matched(Route route, Map<String, String> params) {
    }

    private Matched match(String method, String path) {
        List<String> segments = path == null || !path.startsWith("/") ? List.of()
            : Arrays.asList(path.substring(1).split("/", -1));
        TreeSet<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            Map<String, String> params = r.match(segments);
            if (params != null) {
                if (r.method().equals(method)) {
                    return new Matched(r, params);
                }
                allowed.add(r.method());
            }
        }
        if (!allowed.isEmpty()) {
            throw new ServiceError(ServiceError.Kind.METHOD_NOT_ALLOWED, method + " is not allowed on " + path
                + "; allowed: " + allowed);
        }
        throw new ServiceError(ServiceError.Kind.NOT_FOUND, "no route " + method + " " + path);
    }

    private String body(Request request) {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw tooLarge(-1);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Json.bad("cannot read the request body: " + e.getMessage());
        }
    }

    private ServiceError tooLarge(long declared) {
        return new ServiceError(ServiceError.Kind.TOO_LARGE, "request body " + (declared >= 0 ? "of " + declared
            + " bytes " : "") + "exceeds the limit of " + maxBodyBytes + " bytes");
    }

    private static Map<String, String> query(Request request) {
        if (request.getHttpURI().getQuery() == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        for (Fields.Field f : fields) {
            out.put(f.getName(), f.getValue());
        }
        return out;
    }
}
