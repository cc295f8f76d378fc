package io.envtune.toolkit.value;

/**
 * A Python {@code complex}; repr {@code (1.0000000000000002+1.7320508075688772j)}; not JSON serialisable.
 *
 * @param real the real part
 * @param imag the imaginary part
 */
public record PyComplex(double real, double imag) {
}
