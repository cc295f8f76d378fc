package io.envtune.toolkit;

/**
 * BFCL's conversion of a tool's return value to its result string (exact type tests): a {@code str} unchanged; a
 * dict through {@code json.dumps} with default settings, or {@code str(dict)} when something inside is not JSON
 * serialisable (Decimal, mpf, mpc, complex, set, non-basic key); anything else through {@code str}.
 */
public final class ResultText {

    private ResultText() {
    }

    /**
     * @param value the returned Python value
     * @return the result string
     */
    public static String of(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
