package io.envtune.server.internal.http;

import java.util.List;
import java.util.Map;

/**
 * One API route: a method, a path template with {@code {name}} segments, and its handler.
 *
 * @param method the HTTP method
 * @param template the path template, e.g. {@code /v1/episodes/{id}/step}
 * @param handler what answers it
 * @param kind how the router treats it (body, authentication, metrics)
 */
record Route(String method, String template, Handler handler, Kind kind) {

    /** How the router treats a route. */
    enum Kind {
        /** Needs the token (when one is set), no body. */
        READ,
        /** Needs the token and reads a size-limited body. */
        WRITE,
        /** A step: like WRITE, and its latency goes to the step histogram. */
        STEP,
        /** Open to everyone, no body: the health check. */
        PUBLIC
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
        String[] parts = template.substring(1).split("/");
        if (parts.length != pathSegments.size()) {
            return null;
        }
        Map<String, String> params = new java.util.HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String seg = pathSegments.get(i);
            if (parts[i].startsWith("{")) {
                if (seg.isEmpty()) {
                    return null;
                }
                params.put(parts[i].substring(1, parts[i].length() - 1), seg);
            } else if (!parts[i].equals(seg)) {
                return null;
            }
        }
        return params;
    }
}
