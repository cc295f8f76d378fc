package io.envtune.env.math.internal;

import io.envtune.toolkit.PyValues;
import java.util.List;

/**
 * {@code iter(x)} (the toolkit's {@link PyValues#iterate}) and {@code sum(x)} over the value model, as the list
 * tools of MathAPI use them.
 */
final class PyIteration {

    private PyIteration() {
    }

    /**
     * @param value a Python value
     * @return its items in iteration order: list and tuple items, a dict's keys, a set's members, a str's characters
     * @throws PyError {@code TypeError: 'int' object is not iterable} for the rest
     */
    static List<Object> items(Object value) {
        return PyError.typeErrors(() -> PyValues.iterate(value, null));
    }

    /** {@code sum(values)}: left-to-right {@code +} starting from the int 0, as CPython 3.11 does for floats too. */
    static Object sum(List<Object> values) {
        Object total = 0L;
        for (Object v : values) {
            total = PyNumbers.add(total, v);
        }
        return total;
    }
}
