package io.envtune.server.internal.openenv;

import com.google.gson.JsonObject;
import io.envtune.server.internal.core.ServiceCore;
import io.envtune.server.internal.core.ServiceError;
import io.envtune.server.internal.http.BearerAuth;
import io.envtune.server.internal.http.BodyReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields.Field;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * OpenEnv's HTTP routes beside envtune's API: {@code POST /reset}, {@code POST /step}, {@code GET /state},
 * {@code GET /schema}, {@code GET /metadata} and {@code GET /health}; every other path goes on to the wrapped
 * handler. OpenEnv's HTTP server plays each request on a fresh environment; here a reset opens an episode of the
 * core and its observation carries the {@code episode_id} that {@code /step} and {@code /state} then name (an
 * episode not stepped for the idle timeout is closed). Errors are {@code {"detail": "..."}} as OpenEnv's server
 * sends them (422 for a request that does not validate). Like the API's router it never blocks the thread that
 * read the request: steps and the static routes are answered there, resets and states go to the pool.
 */
final class OpenEnvHttp extends Handler.Wrapper {

    private static final Set<String> STEP_FIELDS = Set.of("action", "episode_id", "timeout_s", "request_id");

    private final OpenEnvEpisodes episodes;
    private final ServiceCore core;
    private final BearerAuth auth;
    private final OpenEnvDocs docs;

    OpenEnvHttp(OpenEnvEpisodes episodes, ServiceCore core, BearerAuth auth, OpenEnvDocs docs) {
        this.episodes = episodes;
        this.core = core;
        this.auth = auth;
        this.docs = docs;
    }

    @Override
    public InvocationType getInvocationType() {
        return Invocable.InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String method = docs.method(path);
        if (method == null) {
            return super.handle(request, response, callback);
        }
        Exchange x = new Exchange(request, response, callback, System.nanoTime());
        try {
            if (!method.equals(request.getMethod())) {
                throw new ServiceError(ServiceError.Kind.METHOD_NOT_ALLOWED, request.getMethod() + " is not allowed "
                    + "on " + path + "; allowed: " + method);
            }
            if (!path.equals("/health")) {
                auth.check(request.getHeaders().get(HttpHeader.AUTHORIZATION));
            }
            route(x, path);
        } catch (ServiceError | BadMessage e) {
            x.fail(e);
        }
        return true;
    }

    private void route(Exchange x, String path) {
        switch (path) {
            case "/reset":
                body(x, b -> pool(x, () -> x.reply(Wire.encode(episodes.reset(ResetRequest.decode(
                    b.isBlank() ? new JsonObject() : Fields.parse(b), "")).result()))));
                break;
            case "/step":
                body(x, b -> x.run(() -> x.reply(step(b))));
                break;
            case "/state":
                pool(x, () -> x.reply(Wire.encode(state(x.request))));
                break;
            case "/schema":
                x.reply(docs.schema());
                break;
            case "/metadata":
                x.reply(docs.metadata());
                break;
            default:
                x.reply("{\"status\":\"healthy\"}");
        }
    }

    private String step(String body) {
        JsonObject json = Fields.parse(body);
        Fields f = Fields.of(json, "", STEP_FIELDS);
        String id = f.requiredString("episode_id", 255);
        f.positive("timeout_s");
        f.string("request_id", 255);
        if (!f.has("action")) {
            throw Fields.bad("action", "'action' is required: {\"message\": \"<the assistant's text>\"}");
        }
        StepAction a = StepAction.decode(json.get("action"), "action", core.limits().maxBodyBytes());
        return Wire.encode(episodes.step(id, a));
    }

    private Views.State state(Request request) {
        String id = null;
        for (Field field : Request.extractQueryParameters(request, StandardCharsets.UTF_8)) {
            if (!field.getName().equals("episode_id")) {
                throw Fields.bad(field.getName(), "unknown query parameter '" + field.getName() + "'; allowed: "
                    + "[episode_id]");
            }
            id = field.getValue();
        }
        if (id == null || id.isBlank()) {
            throw Fields.bad("episode_id", "'episode_id' is required: GET /state?episode_id=<the id from /reset>");
        }
        return episodes.state(id, new ResetRequest(null, null, null, null, null));
    }

    private void body(Exchange x, java.util.function.Consumer<String> then) {
        BodyReader.read(x.request, core.limits().maxBodyBytes(), then, x::fail);
    }

    private static void pool(Exchange x, Runnable work) {
        try {
            x.request.getComponents().getExecutor().execute(() -> x.run(work));
        } catch (RejectedExecutionException e) {
            x.send(503, detail("the server is busy or stopping; retry"));
        }
    }

    static String detail(String message) {
        JsonObject o = new JsonObject();
        o.addProperty("detail", message);
        return Wire.encode(o);
    }

    /** One request on its way: it is answered exactly once. */
    private final class Exchange {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long start;

        Exchange(Request request, Response response, Callback callback, long start) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.start = start;
        }

        void run(Runnable work) {
            try {
                work.run();
            } catch (ServiceError | BadMessage e) {
                fail(e);
            } catch (RuntimeException e) {
                send(500, detail("internal error: " + e));
            }
        }

        void reply(String json) {
            send(200, json);
        }

        void fail(RuntimeException e) {
            if (e instanceof BadMessage b) {
                send(b.code() == BadMessage.Code.INVALID_JSON ? 400 : 422, detail(b.getMessage()));
                return;
            }
            ServiceError s = (ServiceError) e;
            if (s.kind() == ServiceError.Kind.TOO_LARGE) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            send(s.kind().status(), detail(s.getMessage()));
        }

        void send(int status, String json) {
            boolean step = "/step".equals(Request.getPathInContext(request));
            core.metrics().request(status, (System.nanoTime() - start) / 1000, step);
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            Content.Sink.write(response, true, json, callback);
        }
    }
}
