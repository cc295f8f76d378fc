package io.envtune.env.math.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.util.function.Supplier;

/**
 * A Python exception of a known class raised by the arithmetic helpers. MathAPI catches some classes itself
 * ({@code TypeError} in most tools, {@code OverflowError} in the unit conversions), so the class has to survive until
 * the tool decides; {@link #raise()} turns an uncaught one into the executor's {@link PyException}.
 */
final class PyError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The Python exception classes the helpers raise. */
    enum Type {
        /** {@code TypeError}. */
        TYPE,
        /** {@code OverflowError}. */
        OVERFLOW,
        /** {@code ZeroDivisionError}. */
        ZERO_DIVISION,
        /** {@code ValueError}. */
        VALUE
    }

    private final Type type;

    /**
     * @param type the Python exception class
     * @param message {@code str(exception)} as CPython 3.11 prints it
     */
    PyError(Type type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    static PyError typeError(String message) {
        return new PyError(Type.TYPE, message);
    }

    /**
     * Runs a toolkit operation that raises only {@code TypeError}s (as {@link PyException}), keeping their class.
     *
     * @param operation e.g. a comparison or an iteration
     * @param <T> the result type
     * @return the operation's result
     */
    static <T> T typeErrors(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (PyException e) {
            throw typeError(e.getMessage());
        }
    }

    static PyError overflow(String message) {
        return new PyError(Type.OVERFLOW, message);
    }

    /** @return the Python exception class */
    Type type() {
        return type;
    }

    /** @return the exception the executor prints as {@code Error during execution: <message>} */
    PyException raise() {
        FailureKind kind = type == Type.TYPE ? FailureKind.WRONG_TYPE : FailureKind.INVALID_VALUE;
        return new PyException(getMessage(), kind, null);
    }
}
