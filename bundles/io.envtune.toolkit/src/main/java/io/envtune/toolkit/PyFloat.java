package io.envtune.toolkit;

/**
 * Python float formatting and rounding: shortest round-trip {@code repr}, {@code round(x, n)} half-even on the exact
 * binary value, and {@code "%.nf"} formatting (also exact-value half-even).
 */
public final class PyFloat {

    private PyFloat() {
    }

    /**
     * @param x a double
     * @return {@code repr(x)}: {@code 10000.0}, {@code 1e-05}, {@code 1e+16}, {@code inf}, {@code nan}
     */
    public static String repr(double x) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param x a double
     * @param ndigits digits after the point (may be negative)
     * @return {@code round(x, ndigits)}
     */
    public static double round(double x, int ndigits) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }

    /**
     * @param x a double
     * @param decimals digits after the point
     * @return {@code f"{x:.<decimals>f}"}
     */
    public static String fixed(double x, int decimals) {
        throw new UnsupportedOperationException("toolkit: not implemented yet");
    }
}
