package io.envtune.toolkit.value;

/**
 * Thrown where Python's {@code json.dumps} raises {@code TypeError: Object of type X is not JSON serializable} (or
 * names a key type it cannot write): a tool that returns such a value fails the way the Python reference does.
 */
public final class NotSerializableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the reason, CPython's text */
    public NotSerializableException(String message) {
        super(message, null, false, false);
    }
}
