package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.value.PyException;

/**
 * Decodes the escapes of a non-raw Python string literal body like CPython's {@code unicode_escape} codec, with its
 * error texts. Positions in those texts count a non-ASCII character as 10 bytes, because CPython turns each into a
 * {@code \U........} escape before decoding.
 */
final class StringDecoder {

    private static final String KNOWN = "\n\\'\"abfnrtvxuUN01234567";

    private final String body;
    private final int line;
    private int i;
    private int bytePos;

    private StringDecoder(String body, int line) {
        this.body = body;
        this.line = line;
    }

    /**
     * @param body the literal's body between the quotes
     * @param line the line of the literal, for error texts
     * @return the string value
     * @throws PyException for malformed escapes
     */
    static String decode(String body, int line) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        return new StringDecoder(body, line).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder(body.length());
        while (i < body.length()) {
            int cp = body.codePointAt(i);
            if (cp != '\\') {
                out.appendCodePoint(cp);
                advance(cp);
                continue;
            }
            if (i + 1 >= body.length()) {
                out.append('\\');
                advance(cp);
                continue;
            }
            escape(out);
        }
        return out.toString();
    }

    private void advance(int cp) {
        i += Character.charCount(cp);
        bytePos += cp < 0x80 ? 1 : 10;
    }

    private void escape(StringBuilder out) {
        int start = bytePos;
        char c = body.charAt(i + 1);
        if (KNOWN.indexOf(c) < 0) {
            // Unknown escapes keep the backslash (CPython only warns); the character is read normally next.
            out.append('\\');
            i++;
            bytePos++;
            return;
        }
        i += 2;
        bytePos += 2;
        switch (c) {
            case '\n' -> { }
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case 'x' -> out.appendCodePoint(hex(start, 2, "truncated \\xXX escape"));
            case 'u' -> out.appendCodePoint(hex(start, 4, "truncated \\uXXXX escape"));
            case 'U' -> out.appendCodePoint(hex(start, 8, "truncated \\UXXXXXXXX escape"));
            case 'N' -> out.appendCodePoint(named(start));
            case '\\', '\'', '"' -> out.append(c);
            default -> out.append(octal(c));
        }
    }

    /** Up to three octal digits, the first already read. */
    private char octal(char first) {
        int value = first - '0';
        for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
            value = value * 8 + body.charAt(i) - '0';
            i++;
            bytePos++;
        }
        return (char) value;
    }

    private int hex(int start, int digits, String truncated) {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
            if (d < 0 || body.charAt(i) >= 0x80) {
                throw error(start, truncated);
            }
            value = value * 16 + d;
            i++;
            bytePos++;
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw error(start, "illegal Unicode character");
        }
        return value;
    }

    private int named(int start) {
        if (i >= body.length() || body.charAt(i) != '{') {
            throw error(start, "malformed \\N character escape");
        }
        int close = body.indexOf('}', i);
        i++;
        bytePos++;
        if (close < 0 || close == i) {
            throw error(start, "malformed \\N character escape");
        }
        String name = body.substring(i, close);
        bytePos += name.length() + 1;
        i = close + 1;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw error(start, "unknown Unicode character name");
        }
    }

    private PyException error(int start, String message) {
        return SourceChars.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                + (bytePos - 1) + ": " + message, line);
    }
}
