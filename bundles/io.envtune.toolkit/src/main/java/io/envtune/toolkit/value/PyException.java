package io.envtune.toolkit.value;

import io.envtune.api.FailureKind;

/**
 * A Python exception raised inside a tool: the executor turns it into {@code "Error during execution: " + message}.
 * Domains throw it where the Python reference raises, with CPython 3.11's message text.
 */
public final class PyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final String parameter;

    /**
     * @param message {@code str(exception)} exactly as CPython prints it
     * @param kind the structured failure category for augmenters
     * @param parameter the parameter at fault, or null
     */
    public PyException(String message, FailureKind kind, String parameter) {
        super(message, null, false, false);
        this.kind = kind;
        this.parameter = parameter;
    }

    /**
     * An exception of kind {@link FailureKind#INTERNAL}.
     *
     * @param message {@code str(exception)} exactly as CPython prints it
     */
    public PyException(String message) {
        this(message, FailureKind.INTERNAL, null);
    }

    /** @return the failure category */
    public FailureKind kind() {
        return kind;
    }

    /** @return the parameter at fault, or null */
    public String parameter() {
        return parameter;
    }
}
