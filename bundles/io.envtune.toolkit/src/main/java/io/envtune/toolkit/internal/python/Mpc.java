package io.envtune.toolkit.internal.python;

/**
 * An mpmath {@code mpc}; repr {@code mpc(real='<real>', imag='<imag>')}; not JSON serialisable.
 *
 * @param real the real part's digits
 * @param imag the imaginary part's digits
 */
public record Mpc(String real, String imag) {
}
