package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.NotSerializableException;
import io.envtune.toolkit.value.PyObject;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps} for the Python value model, and the fixtures' canonical state JSON. A dedicated writer,
 * because Gson's serializer differs in float text, escaping and spacing.
 */
public final class PyJson {

    private PyJson() {
    }

    /**
     * {@code json.dumps(value)} with the defaults: separators {@code ", "} and {@code ": "}, insertion order,
     * {@code ensure_ascii}, NaN/Infinity literals, int/float/bool/None keys converted to strings.
     *
     * @param value a Python value
     * @return the JSON text
     * @throws NotSerializableException (unchecked) for values json.dumps rejects (Decimal, mpf, set, complex, …)
     */
    public static String dumps(Object value) {
        StringBuilder sb = new StringBuilder();
        dump(sb, value);
        return sb.toString();
    }

    private static void dump(StringBuilder sb, Object value) {
        if (JsonQuote.scalar(sb, value)) {
            return;
        } else if (value instanceof BigInteger big) {
            sb.append(NumberText.intText(big));
        } else if (PyTypes.isIntegral(value)) {
            sb.append(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            dumpMap(sb, map);
        } else if (value instanceof List<?> list) {
            dumpItems(sb, list);
        } else if (value instanceof PyTuple t) {
            dumpItems(sb, t.items());
        } else {
            throw new NotSerializableException(
                    "Object of type " + PyTypes.typeName(value) + " is not JSON serializable");
        }
    }

    private static void dumpItems(StringBuilder sb, Collection<?> items) {
        sb.append('[');
        Iterator<?> it = items.iterator();
        while (it.hasNext()) {
            dump(sb, it.next());
            if (it.hasNext()) {
                sb.append(", ");
            }
        }
        sb.append(']');
    }

    private static void dumpMap(StringBuilder sb, Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            JsonQuote.quote(sb, keyText(e.getKey()));
            sb.append(": ");
            dump(sb, e.getValue());
        }
        sb.append('}');
    }

    /** json's key conversion: str as is, float by repr, True/False/None as JSON words, int as digits. */
    private static String keyText(Object key) {
        if (key instanceof String s) {
            return s;
        } else if (key instanceof Double || key instanceof Float) {
            return PyFloat.jsonText(((Number) key).doubleValue());
        } else if (key instanceof Boolean b) {
            return b ? "true" : "false";
        } else if (key == null) {
            return "null";
        } else if (key instanceof BigInteger big) {
            return NumberText.intText(big);
        } else if (PyTypes.isIntegral(key)) {
            return Long.toString(((Number) key).longValue());
        }
        throw new NotSerializableException(
                "keys must be str, int, float, bool or None, not " + PyTypes.typeName(key));
    }

    /**
     * The canonical state JSON of the BFCL fixtures: {@code sort_keys}, compact separators, ASCII, int keys rendered as
     * {@code "#int:" + n}, sets sorted, {@link PyObject}s with {@code "__class__"}. Beyond the fixtures' rules: other
     * non-str keys render as {@code "#bool:True"}, {@code "#float:<repr>"}, {@code "#None"}; non-finite floats as
     * {@code NaN}/{@code Infinity}; Decimal, mpf, mpc, complex and Ellipsis as the JSON string of their repr.
     *
     * @param value a Python value (usually the attribute map of a state)
     * @return the canonical JSON text
     */
    public static String canonical(Object value) {
        StringBuilder sb = new StringBuilder(256);
        CanonicalWriter.write(sb, value);
        return sb.toString();
    }
}
