package io.envtune.env.trading.internal;

import io.envtune.toolkit.PyDicts;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python methods the TradingBot reference calls on untyped values ({@code d.get(k, default)}, {@code .copy()},
 * {@code list.remove}), failing with CPython 3.11's texts. Hashing, look-ups, {@code in}, iteration and comparisons
 * come from the toolkit ({@link PyDicts}, {@link io.envtune.toolkit.PyContainers},
 * {@link io.envtune.toolkit.PyCompare}).
 */
final class TradingValues {

    private TradingValues() {
    }

    /** @return {@code container.get(key, fallback)}; only dicts have {@code get} */
    static Object get(Object container, Object key, Object fallback) {
        if (!(container instanceof Map<?, ?> map)) {
            throw PyErrors.attributeError(container, "get", null);
        }
        return PyDicts.containsKey(map, key, null) ? PyDicts.get(map, key, null) : fallback;
    }

    /** @return {@code value.copy()} for a dict or list (shallow, fresh container) */
    static Object shallowCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<Object, Object>(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<Object>(list);
        }
        throw PyErrors.attributeError(value, "copy", null);
    }

    /** {@code list.remove(value)}: drops the first element equal to it, if any. */
    static void removeFirst(List<?> list, Object value) {
        for (int i = 0; i < list.size(); i++) {
            if (PyEquality.eq(list.get(i), value)) {
                list.remove(i);
                return;
            }
        }
    }
}
