package io.envtune.server.internal.http;

import java.util.List;
import java.util.Map;

/**
 * One API route: a method, a path template with {@code {name}} segments, and its handler.
 *
 * @param method the HTTP method
 * @param template the path template, e.g. {@code /v1/episodes/{id}/step}
 * @param handler what answers it
 * @param kind how the router treats it (body, authentication, metrics, thread)
 * @param parts the template's segments, split once here rather than at every request
 */
record Route(String method, String template, Handler handler, Kind kind, List<String> parts) {

    Route(String method, String template, Handler handler, Kind kind) {
        this(method, template, handler, kind, List.of(template.substring(1).split("/")));
    }

    /** How the router treats a route. */
    enum Kind {
        /** Needs the token (when one is set), no body; runs on a pool thread. */
        READ,
        /** Needs the token and reads a size-limited body; runs on a pool thread. */
        WRITE,
        /**
         * A step: like WRITE, but runs on the thread that read the request (a selector thread when the body came
         * with the headers), and its latency goes to the step histogram.
         */
        STEP,
        /** Open to everyone, no body, cheap, answered on the thread that read it: the health check. */
        PUBLIC;

        /** @return whether the route is answered without a hand-off to a pool thread */
        boolean inline() {
            return this == STEP || this == PUBLIC;
        }

        /** @return whether the route reads a request body */
        boolean hasBody() {
            return this == WRITE || this == STEP;
        }
    }

    /** Answers a matched call. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param call the path parameters, query and body
         * @return the reply
         */
        Reply handle(Call call);
    }

    /**
     * A reply: status and a body record (written as JSON).
     *
     * @param status the HTTP status
     * @param body the body
     */
    record Reply(int status, Object body) {
        static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    /**
     * A matched request.
     *
     * @param params the path parameters by name
     * @param query the query parameters (first value of each)
     * @param body the request body (empty for READ and PUBLIC routes)
     */
    record Call(Map<String, String> params, Map<String, String> query, String body) {
        String param(String name) {
            return params.get(name);
        }
    }

    /**
     * @param pathSegments the request path split at {@code /}
     * @return the path parameters when the template matches, else null
     */
    Map<String, String> match(List<String> pathSegments) {
        if (parts.size() != pathSegments.size()) {
            return null;
        }
        Map<String, String> params = new java.util.HashMap<>(4);
        for (int i = 0; i < parts.size(); i++) {
            String seg = pathSegments.get(i);
            String part = parts.get(i);
            if (part.startsWith("{")) {
                if (seg.isEmpty()) {
                    return null;
                }
                params.put(part.substring(1, part.length() - 1), seg);
            } else if (!part.equals(seg)) {
                return null;
            }
        }
        return params;
    }
}
