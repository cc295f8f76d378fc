package io.envtune.env.math.internal;

import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** {@code iter(x)} and {@code sum(x)} over the value model, as the list tools of MathAPI use them. */
final class PyIteration {

    private PyIteration() {
    }

    /**
     * @param value a Python value
     * @return its items in iteration order: list and tuple items, a dict's keys, a set's members, a str's characters
     * @throws PyError {@code TypeError: 'int' object is not iterable} for the rest
     */
    static List<Object> items(Object value) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (value instanceof PyTuple t) {
            return new ArrayList<>(t.items());
        }
        if (value instanceof Map<?, ?> m) {
            return new ArrayList<>(m.keySet());
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        throw PyError.typeError("'" + PyTypes.typeName(value) + "' object is not iterable");
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
