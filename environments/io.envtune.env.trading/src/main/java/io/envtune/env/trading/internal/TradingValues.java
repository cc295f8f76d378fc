package io.envtune.env.trading.internal;

import io.envtune.toolkit.PyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python methods the TradingBot reference calls on untyped values ({@code d.get(k, default)}, {@code .copy()},
 * {@code list.remove}), failing with CPython 3.11's texts. Hashing, look-ups, {@code in}, iteration and comparisons
 * come from the toolkit ({@link io.envtune.toolkit.PyValues}).
 */
final class TradingValues {

    private TradingValues() {
    }

    /** @return {@code container.get(key, fallback)}; only dicts have {@code get} */
    static Object get(Object container, Object key, Object fallback) {
        if (!(container instanceof Map<?, ?> map)) {
            throw PyValues.attributeError(container, "get", null);
        }
        return PyValues.containsKey(map, key, null) ? PyValues.get(map, key, null) : fallback;
    }

    /** @return {@code value.copy()} for a dict or list (shallow, fresh container) */
    static Object shallowCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<Object, Object>(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<Object>(list);
        }
        throw PyValues.attributeError(value, "copy", null);
    }

    /** {@code list.remove(value)}: drops the first element equal to it, if any. */
    static void removeFirst(List<?> list, Object value) {
        for (int i = 0; i < list.size(); i++) {
            if (PyValues.eq(list.get(i), value)) {
                list.remove(i);
                return;
            }
        }
    }
}
