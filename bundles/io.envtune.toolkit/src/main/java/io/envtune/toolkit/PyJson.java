package io.envtune.toolkit;

/**
 * Python's {@code json.dumps} for the Python value model, and the fixtures' canonical state JSON.
 */
public final class PyJson {

    private PyJson() {
    }

    /**
     * {@code json.dumps(value)} with the defaults: separators {@code ", "} and {@code ": "}, insertion order,
     * {@code ensure_ascii}, NaN/Infinity literals, int/float/bool/None keys converted to strings.
     *
     * @param value a Python value
     * @return the JSON text
     * @throws NotSerializableException (unchecked) for values json.dumps rejects (Decimal, mpf, set, complex, …)
     */
    public static String dumps(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * The canonical state JSON of the BFCL fixtures: {@code sort_keys}, compact separators, ASCII, int keys rendered as
     * {@code "#int:" + n}, sets sorted, {@link PyObject}s with {@code "__class__"}.
     *
     * @param value a Python value (usually the attribute map of a state)
     * @return the canonical JSON text
     */
    public static String canonical(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /** Thrown by {@link #dumps(Object)} where Python raises {@code TypeError: Object of type X is not JSON serializable}. */
    public static final class NotSerializableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message the reason */
        public NotSerializableException(String message) {
            super(message, null, false, false);
        }
    }
}
