package io.envtune.toolkit.value;

/**
 * A Python {@code decimal.Decimal}; repr {@code Decimal('<text>')}; not JSON serialisable.
 *
 * @param text the value as {@code str(Decimal)} prints it, e.g. {@code 1.4142} or {@code 1.0E+5}
 */
public record PyDecimal(String text) {
}
