package io.envtune.env.message.internal;

import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.util.Map;

/**
 * The Python operations peculiar to MessageAPI ({@code list(d.items())[0]}, {@code str.lower()} on any value,
 * {@code str.zfill}), raising what CPython 3.11 raises for the wrong type. Dict look-ups and {@code in} come from the
 * toolkit's {@link io.envtune.toolkit.PyValues}.
 */
final class MessageValues {

    private MessageValues() {
    }

    /**
     * {@code list(message.items())[0]}, the way MessageAPI reads an inbox entry.
     *
     * @return the first key and value of a dict
     */
    static Map.Entry<Object, Object> firstItem(Object message) {
        if (!(message instanceof Map<?, ?> map)) {
            throw new PyException("'" + PyValues.typeName(message) + "' object has no attribute 'items'");
        }
        if (map.isEmpty()) {
            throw new PyException("list index out of range");
        }
        @SuppressWarnings("unchecked")
        Map.Entry<Object, Object> first = ((Map<Object, Object>) map).entrySet().iterator().next();
        return first;
    }

    /** {@code s.lower()}: AttributeError for anything but a str. */
    static String lower(Object s, String parameter) {
        return PyText.lower(PyText.receiver(s, "lower", parameter));
    }

    /** {@code s.zfill(width)}: zero padding after a leading sign. */
    static String zfill(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        String zeros = "0".repeat(width - s.length());
        if (s.startsWith("-") || s.startsWith("+")) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }
}
