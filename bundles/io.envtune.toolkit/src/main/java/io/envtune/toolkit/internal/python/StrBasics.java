package io.envtune.toolkit.internal.python;

/**
 * The text primitives of CPython's {@code str} that everything else builds on: {@code repr} of a string,
 * {@code str.isprintable} for one character, {@code str.isspace} and {@code str.strip()}. They depend on nothing of
 * the value model, so number parsing, the lexer and {@code repr} of containers use them without calling back.
 */
public final class StrBasics {

    private StrBasics() {
    }

    /**
     * @param s a string
     * @return {@code repr(s)}
     */
    static String repr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendRepr(sb, s);
        return sb.toString();
    }

    /** Python's {@code unicode_repr}: quote choice, short escapes, {@code \xNN}/{@code \\uNNNN} for non-printables. */
    static void appendRepr(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x20 && cp < 0x7f) {
                if (cp == quote || cp == '\\') {
                    sb.append('\\');
                }
                sb.append((char) cp);
            } else {
                appendEscaped(sb, cp);
            }
        }
        sb.append(quote);
    }

    private static void appendEscaped(StringBuilder sb, int cp) {
        if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp >= 0x80 && isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp < 0x100) {
            hex(sb.append("\\x"), cp, 2);
        } else if (cp < 0x10000) {
            hex(sb.append("\\u"), cp, 4);
        } else {
            hex(sb.append("\\U"), cp, 8);
        }
    }

    private static void hex(StringBuilder sb, int value, int width) {
        String h = Integer.toHexString(value);
        sb.append("0".repeat(width - h.length())).append(h);
    }

    /** Python's {@code str.isprintable} for one character: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space aside). */
    public static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }
    /**
     * @param c a UTF-16 unit
     * @return {@code c.isspace()} in Python
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /**
     * @param s a string
     * @return {@code s.strip()} (Python's whitespace set, not Java's)
     */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
