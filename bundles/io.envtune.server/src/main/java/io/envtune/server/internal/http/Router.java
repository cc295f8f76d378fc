package io.envtune.server.internal.http;

import io.envtune.server.internal.core.ServiceError;
import io.envtune.server.internal.core.ServiceMetrics;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.RejectedExecutionException;
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
 *
 * <p>It is declared non-blocking, so Jetty calls it on the selector thread that read the request, without waking a
 * pool thread. It never blocks that thread on I/O: the body is read as it is available ({@link BodyReader}) and the
 * reply is written asynchronously. Steps and the health check, the latency-critical and short routes, are answered
 * right there (a step takes tens of microseconds, a few milliseconds at the most when a turn ends); opening an
 * episode, rewards, records and the curriculum can take longer and go to the pool, so they never hold up the other
 * connections of that selector.
 */
final class Router extends Handler.Abstract.NonBlocking {

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
        Exchange x = new Exchange(request, response, callback, start);
        Matched m;
        try {
            m = match(request.getMethod(), Request.getPathInContext(request));
            x.kind = m.route().kind();
            if (x.kind != Route.Kind.PUBLIC) {
                auth.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            }
        } catch (ServiceError e) {
            reply(x, failure(x, e));
            return true;
        } catch (RuntimeException e) {
            reply(x, error(500, "internal", "internal error: " + e));
            return true;
        }
        // From here every path replies exactly once: the route's own failures become replies inside call().
        if (x.kind.hasBody()) {
            BodyReader.read(request, maxBodyBytes, body -> dispatch(x, m, body), e -> reply(x, failure(x, e)));
        } else {
            dispatch(x, m, "");
        }
        return true;
    }

    /** One request on its way through the router. */
    private static final class Exchange {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long start;
        private Route.Kind kind = Route.Kind.READ;

        private Exchange(Request request, Response response, Callback callback, long start) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.start = start;
        }
    }

    private void dispatch(Exchange x, Matched m, String body) {
        Runnable answer = () -> reply(x, call(x, m, body));
        if (x.kind.inline()) {
            answer.run();
            return;
        }
        try {
            x.request.getComponents().getExecutor().execute(answer);
        } catch (RejectedExecutionException e) {
            reply(x, error(503, "unavailable", "the server is busy or stopping; retry"));
        }
    }

    private Route.Reply call(Exchange x, Matched m, String body) {
        try {
            return m.route().handler().handle(new Route.Call(m.params(), query(x.request), body));
        } catch (ServiceError e) {
            return failure(x, e);
        } catch (RuntimeException e) {
            return error(500, "internal", "internal error: " + e);
        }
    }

    private static Route.Reply failure(Exchange x, ServiceError e) {
        if (e.kind() == ServiceError.Kind.TOO_LARGE) {
            // The unread body stays in the socket; the connection cannot be reused.
            x.response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        return error(e.kind().status(), e.kind().code(), e.getMessage());
    }

    private void reply(Exchange x, Route.Reply reply) {
        String json = Json.encode(reply.body());
        metrics.request(reply.status(), (System.nanoTime() - x.start) / 1000, x.kind == Route.Kind.STEP);
        x.response.setStatus(reply.status());
        x.response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(x.response, true, json, x.callback);
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
