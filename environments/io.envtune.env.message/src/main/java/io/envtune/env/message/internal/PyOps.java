package io.envtune.env.message.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few Python operations MessageAPI applies to values of any type (dict membership, {@code in} over values,
 * {@code list(d.items())[0]}, {@code str.lower()}, {@code str.zfill}), raising what CPython 3.11 raises for the wrong
 * type. The toolkit has no general Python object model, so they live here, package-private.
 */
final class PyOps {

    /** Marks "no such key", since None is a valid key. */
    static final Object ABSENT = new Object();

    private PyOps() {
    }

    /** {@code hash(key)}: lists, dicts and sets (also inside tuples) are unhashable. */
    static void requireHashable(Object key, String parameter) {
        if (key instanceof List || key instanceof Map || key instanceof Set) {
            throw new PyException("unhashable type: '" + PyTypes.typeName(key) + "'", FailureKind.WRONG_TYPE,
                parameter);
        }
        if (key instanceof PyTuple t) {
            t.items().forEach(i -> requireHashable(i, parameter));
        }
    }

    /** Python dict lookup: the stored key equal to {@code key} ({@code 1 == 1.0 == True}), or {@link #ABSENT}. */
    static Object findKey(Map<Object, Object> map, Object key, String parameter) {
        requireHashable(key, parameter);
        if (map.containsKey(key)) {
            return key;
        }
        for (Object k : map.keySet()) {
            if (!(k instanceof String) && !(key instanceof String) && PyEquality.eq(k, key)) {
                return k;
            }
        }
        return ABSENT;
    }

    /** {@code value in collection} by Python equality (no hashing: a dict's values view or a list). */
    static boolean containsEqual(Collection<?> collection, Object value) {
        for (Object item : collection) {
            if (PyEquality.eq(item, value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code list(message.items())[0]}, the way MessageAPI reads an inbox entry.
     *
     * @return the first key and value of a dict
     */
    static Map.Entry<Object, Object> firstItem(Object message) {
        if (!(message instanceof Map<?, ?> map)) {
            throw new PyException("'" + PyTypes.typeName(message) + "' object has no attribute 'items'");
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
        if (!(s instanceof String str)) {
            throw new PyException("'" + PyTypes.typeName(s) + "' object has no attribute 'lower'",
                FailureKind.WRONG_TYPE, parameter);
        }
        return str.toLowerCase(Locale.ROOT);
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
