package io.envtune.server.internal.openenv;

/**
 * A message or request the OpenEnv front refuses, with OpenEnv's error code and the field at fault. Thrown by the
 * decoders; the WebSocket answers it with an error message and keeps the connection, HTTP with a 4xx.
 */
final class BadMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** OpenEnv's WebSocket error codes that this front uses. */
    enum Code {
        /** The text is not JSON. */
        INVALID_JSON,
        /** The {@code type} names no message. */
        UNKNOWN_TYPE,
        /** A field is missing, unknown, of the wrong type or out of range. */
        VALIDATION_ERROR
    }

    private final Code code;
    private final String field;

    /**
     * @param code OpenEnv's code
     * @param field the dotted path of the field at fault, or null for the whole message
     * @param message what is wrong, in our own words
     */
    BadMessage(Code code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    Code code() {
        return code;
    }

    /** @return the dotted path of the field at fault, or null */
    String field() {
        return field;
    }
}
