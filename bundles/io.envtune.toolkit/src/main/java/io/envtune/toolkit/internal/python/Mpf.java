package io.envtune.toolkit.internal.python;

/**
 * An mpmath {@code mpf}; repr {@code mpf('<text>')}; not JSON serialisable.
 *
 * @param text the digits as mpmath's repr prints them, e.g. {@code 2.299121531134} or {@code -inf}
 */
public record Mpf(String text) {
}
