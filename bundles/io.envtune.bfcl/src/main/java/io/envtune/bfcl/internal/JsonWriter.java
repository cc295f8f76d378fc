package io.envtune.bfcl.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults ({@code ", "} and {@code ": "} separators,
 * insertion order, {@code ensure_ascii=True}), which is how every line of the BFCL fixtures was written. Only the
 * values those lines hold are supported: null, Boolean, Integer/Long, String, List and Map with String keys.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {
    }

    /**
     * @param value the value to write
     * @return its JSON text
     * @throws IllegalArgumentException for a value outside the supported set
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof List<?> list) {
            appendList(out, list);
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as fixture JSON");
        }
    }

    private static void appendList(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            appendString(out, (String) e.getKey());
            out.append(": ");
            append(out, e.getValue());
        }
        out.append('}');
    }

    /** Python's ASCII escaping: short escapes where Python has them, {@code \\uXXXX} (lowercase) for the rest. */
    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> appendChar(out, c);
            }
        }
        out.append('"');
    }

    private static void appendChar(StringBuilder out, char c) {
        if (c >= 0x20 && c < 0x7f) {
            out.append(c);
            return;
        }
        // UTF-16 units are escaped one by one, so characters above U+FFFF become surrogate pairs, as in Python.
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
