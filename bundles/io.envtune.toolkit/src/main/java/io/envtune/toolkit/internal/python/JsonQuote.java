package io.envtune.toolkit.internal.python;

/**
 * A JSON string as Python's {@code json.dumps} writes it with {@code ensure_ascii=True}: {@code \\uXXXX} for every
 * non-ASCII UTF-16 unit, and the scalars written alike by {@code json.dumps} and the canonical state writer; below
 * both.
 */
final class JsonQuote {

    private JsonQuote() {
    }

    /**
     * Appends the scalars both JSON writers print alike: None, a str, a bool or a float.
     *
     * @param sb the target
     * @param value any value
     * @return false, with nothing appended, for any other value
     */
    static boolean scalar(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            quote(sb, s);
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(PyFloat.jsonText(((Number) value).doubleValue()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Appends a JSON string literal with {@code ensure_ascii}: short escapes for {@code " \ \n \r \t \b \f}, every
     * other character outside U+0020..U+007E as {@code \\uXXXX} in lowercase hex (UTF-16 units, so characters above
     * U+FFFF become surrogate pairs).
     *
     * @param sb the target
     * @param s the string
     */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                escape(sb, c);
            }
        }
        sb.append('"');
    }

    private static void escape(StringBuilder sb, char c) {
        switch (c) {
            case '"' -> sb.append("\\\"");
            case '\\' -> sb.append("\\\\");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            default -> {
                String h = Integer.toHexString(c);
                sb.append("\\u").append("0000", h.length(), 4).append(h);
            }
        }
    }
}
