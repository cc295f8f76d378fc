package io.envtune.env.math.internal;

import io.envtune.toolkit.PyValues;

/**
 * Python's {@code <} and {@code >} for {@code min()}, {@code max()} and sign tests: the toolkit's {@link PyValues}
 * (exact across int and float, NaN false, strings by code point, sequences element-wise), with its {@code TypeError}
 * kept as a {@link PyError} so that the tools' {@code except TypeError} can catch it.
 */
final class PyOrder {

    private PyOrder() {
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @param greater true for {@code a > b}, false for {@code a < b}
     * @return the Python comparison result
     * @throws PyError a {@code TypeError} for operands that do not compare
     */
    static boolean compare(Object a, Object b, boolean greater) {
        return PyError.typeErrors(() -> PyValues.compare(greater ? ">" : "<", a, b, null));
    }
}
