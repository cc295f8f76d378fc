package io.envtune.toolkit;

/**
 * CPython 3.11 {@code repr()} and {@code str()} of values of the Python value model: quotes and escapes of strings,
 * {@code {'k': v}}, {@code [a, b]}, {@code (a,)}, {@code set()}, {@code True/None}, float repr, {@code Ellipsis},
 * {@code Decimal('..')}, {@code mpf('..')}, {@code mpc(real='..', imag='..')}, complex.
 */
public final class PyRepr {

    private PyRepr() {
    }

    /**
     * @param value a Python value
     * @return {@code repr(value)}
     */
    public static String repr(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param value a Python value
     * @return {@code str(value)} (a string is itself; containers print their elements' repr)
     */
    public static String str(Object value) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
