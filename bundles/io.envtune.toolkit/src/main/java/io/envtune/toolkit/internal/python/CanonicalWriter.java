package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyObject;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical state JSON of the BFCL fixtures (shared/bfcl/README.md "Canonical state JSON"): sorted rendered keys,
 * compact separators, ASCII escapes, int keys as {@code "#int:" + n}, sets sorted, domain objects with
 * {@code "__class__"}.
 */
final class CanonicalWriter {

    private static final Comparator<Object> SET_ORDER = CanonicalWriter::compareElements;

    private CanonicalWriter() {
    }

    static void write(StringBuilder sb, Object value) {
        if (JsonQuote.scalar(sb, value)) {
            return;
        } else if (value instanceof BigInteger big) {
            sb.append(big);
        } else if (PyTypes.isIntegral(value)) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            writeMap(sb, map, null);
        } else if (value instanceof List<?> list) {
            writeItems(sb, list);
        } else if (value instanceof PyTuple t) {
            writeItems(sb, t.items());
        } else if (value instanceof Set<?> set) {
            List<Object> sorted = new ArrayList<>(set);
            sorted.sort(SET_ORDER);
            writeItems(sb, sorted);
        } else if (value instanceof PyObject o) {
            writeMap(sb, o.canonicalFields(), o.pyClassName());
        } else {
            JsonQuote.quote(sb, repr(value));
        }
    }

    private static void writeItems(StringBuilder sb, Collection<?> items) {
        sb.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            write(sb, item);
        }
        sb.append(']');
    }

    private static void writeMap(StringBuilder sb, Map<?, ?> map, String pyClass) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size() + 1);
        if (pyClass != null) {
            entries.add(Map.entry("__class__", pyClass));
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(renderKey(e.getKey()), e.getValue()));
        }
        entries.sort((a, b) -> PyStrings.compare(a.getKey(), b.getKey()));
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : entries) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            JsonQuote.quote(sb, e.getKey());
            sb.append(':');
            write(sb, e.getValue());
        }
        sb.append('}');
    }

    private static String renderKey(Object key) {
        if (key instanceof String s) {
            return s;
        } else if (key instanceof Boolean b) {
            return b ? "#bool:True" : "#bool:False";
        } else if (PyTypes.isIntegral(key)) {
            return "#int:" + key;
        } else if (key instanceof Double || key instanceof Float) {
            return "#float:" + PyFloat.repr(((Number) key).doubleValue());
        } else if (key == null) {
            return "#None";
        }
        return "#" + PyTypes.typeName(key) + ":" + repr(key);
    }

    /** Numbers by value, strings by code point, other types after them by type name then repr. */
    private static int compareElements(Object a, Object b) {
        boolean an = PyTypes.isNumber(a);
        boolean bn = PyTypes.isNumber(b);
        if (an && bn) {
            return PyEquality.compareNumbers(a, b);
        } else if (an || bn) {
            return an ? -1 : 1;
        } else if (a instanceof String sa && b instanceof String sb) {
            return PyStrings.compare(sa, sb);
        }
        int byType = PyTypes.typeName(a).compareTo(PyTypes.typeName(b));
        return byType != 0 ? byType : PyStrings.compare(repr(a), repr(b));
    }

    /**
     * {@code repr}, or where repr raises (an int past 4300 digits inside a tuple key or a set) the canonical JSON of
     * the value: writing a state must never fail, and the text must still tell different values apart.
     */
    private static String repr(Object value) {
        try {
            return PyRepr.repr(value);
        } catch (PyException e) {
            StringBuilder sb = new StringBuilder();
            write(sb, value);
            return sb.toString();
        }
    }
}
