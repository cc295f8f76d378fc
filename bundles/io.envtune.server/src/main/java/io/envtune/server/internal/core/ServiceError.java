package io.envtune.server.internal.core;

/**
 * A request the service refuses, with the HTTP-independent kind of refusal; the HTTP layer maps the kind to a status
 * code and a JSON error body. Thrown by {@link ServiceCore} for every client-caused failure.
 */
public final class ServiceError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Kind {
        /** The request is malformed or names something invalid (400). */
        BAD_REQUEST(400, "bad_request"),
        /** No or a wrong bearer token (401). */
        UNAUTHORIZED(401, "unauthorized"),
        /** No such episode, reward, stage or task (404). */
        NOT_FOUND(404, "not_found"),
        /** The path exists, the method does not (405). */
        METHOD_NOT_ALLOWED(405, "method_not_allowed"),
        /** The episode is over, busy, or at its step limit (409). */
        CONFLICT(409, "conflict"),
        /** The request body is larger than the limit (413). */
        TOO_LARGE(413, "payload_too_large"),
        /** Too many open episodes (429). */
        TOO_MANY(429, "too_many_episodes"),
        /** The open episodes hold as much assistant text as the server allows (429). */
        OVER_BUDGET(429, "over_budget"),
        /** Something the request needs is not registered (503). */
        UNAVAILABLE(503, "unavailable");

        private final int status;
        private final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }

        /** @return the HTTP status code */
        public int status() {
            return status;
        }

        /** @return the stable error code written in error bodies */
        public String code() {
            return code;
        }
    }

    private final Kind kind;

    /**
     * @param kind why
     * @param message what the client should know, in a sentence
     */
    public ServiceError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** @return why the request was refused */
    public Kind kind() {
        return kind;
    }
}
