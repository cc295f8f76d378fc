package io.envtune.toolkit.internal.call;

import io.envtune.toolkit.internal.call.CallToken.Kind;
import io.envtune.toolkit.internal.python.NumberText;
import io.envtune.toolkit.internal.python.PyTypes;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;

/** Scans string and number literals for {@link CallLexer}, with CPython 3.11's literal error texts. */
final class LiteralScanner {

    private static final String[] KEYWORDS_AFTER_NUMBER = {"and", "else", "for", "if", "in", "is", "not", "or"};

    private LiteralScanner() {
    }

    /** Scans a string literal whose prefix letters were already consumed; stores the raw body. */
    static void string(SourceCursor lx, String prefix) {
        String src = lx.src;
        int startLine = lx.line;
        char q = src.charAt(lx.pos);
        String quotes = q == '"' ? "\"\"\"" : "'''";
        boolean triple = src.startsWith(quotes, lx.pos);
        int p = lx.pos + (triple ? 3 : 1);
        int bodyStart = p;
        boolean afterContinuation = false;
        while (true) {
            if (p >= src.length()) {
                throw unterminated(triple, afterContinuation ? lx.line - 1 : lx.line, startLine);
            }
            char c = src.charAt(p);
            afterContinuation = false;
            if (c == '\\' && p + 1 < src.length()) {
                char next = src.charAt(p + 1);
                p += 2;
                if (next == '\r' || next == '\n') {
                    p += next == '\r' && p < src.length() && src.charAt(p) == '\n' ? 1 : 0;
                    lx.line++;
                    afterContinuation = true;
                }
            } else if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(false, lx.line, startLine);
                }
                p += c == '\r' && p + 1 < src.length() && src.charAt(p + 1) == '\n' ? 2 : 1;
                lx.line++;
            } else if (c == q && (!triple || src.startsWith(quotes, p))) {
                break;
            } else {
                p++;
            }
        }
        String body = src.substring(bodyStart, p);
        body = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
        lx.pos = p + (triple ? 3 : 1);
        lx.add(Kind.STRING, prefix, body, startLine);
    }

    private static PyException unterminated(boolean triple, int detected, int startLine) {
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return SourceChars.error(what + " (detected at line " + detected + ")", startLine);
    }

    /** Scans a number literal (decimal, hex, octal, binary, float, imaginary). */
    static void number(SourceCursor lx) {
        String src = lx.src;
        int p = lx.pos;
        if (src.charAt(p) == '0' && p + 1 < src.length() && "xXoObB".indexOf(src.charAt(p + 1)) >= 0) {
            radix(lx);
        } else {
            decimal(lx);
        }
    }

    private static void radix(SourceCursor lx) {
        String src = lx.src;
        char k = Character.toLowerCase(src.charAt(lx.pos + 1));
        int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
        String name = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        StringBuilder digits = new StringBuilder();
        int start = lx.pos;
        int p = lx.pos + 2;
        while (p < src.length()) {
            boolean underscore = src.charAt(p) == '_';
            int d = p + (underscore ? 1 : 0);
            if (d < src.length() && Character.digit(src.charAt(d), radix) >= 0 && src.charAt(d) < 0x80) {
                digits.append(src.charAt(d));
                p = d + 1;
            } else if (underscore) {
                throw SourceChars.error("invalid " + name + " literal", lx.line);
            } else {
                break;
            }
        }
        if (p < src.length() && radix < 10 && SourceChars.isDigit(src.charAt(p))) {
            throw SourceChars.error("invalid digit '" + src.charAt(p) + "' in " + name + " literal", lx.line);
        }
        if (digits.length() == 0 || badEnd(src, p)) {
            throw SourceChars.error("invalid " + name + " literal", lx.line);
        }
        lx.pos = p;
        lx.add(Kind.NUMBER, src.substring(start, p), PyTypes.normalize(new BigInteger(digits.toString(), radix)));
    }

    private static void decimal(SourceCursor lx) {
        String src = lx.src;
        int start = lx.pos;
        int p = src.charAt(start) == '.' ? start : digits(lx, start);
        boolean isFloat = false;
        if (p < src.length() && src.charAt(p) == '.') {
            isFloat = true;
            p++;
            if (p < src.length() && SourceChars.isDigit(src.charAt(p))) {
                p = digits(lx, p);
            }
        }
        if (p < src.length() && (src.charAt(p) == 'e' || src.charAt(p) == 'E')) {
            int e = p + 1;
            e += e < src.length() && (src.charAt(e) == '+' || src.charAt(e) == '-') ? 1 : 0;
            if (e >= src.length() || !SourceChars.isDigit(src.charAt(e))) {
                throw SourceChars.error("invalid decimal literal", lx.line);
            }
            p = digits(lx, e);
            isFloat = true;
        }
        boolean imaginary = p < src.length() && (src.charAt(p) == 'j' || src.charAt(p) == 'J');
        String text = src.substring(start, p).replace("_", "");
        p += imaginary ? 1 : 0;
        if (badEnd(src, p)) {
            throw SourceChars.error(imaginary ? "invalid imaginary literal" : "invalid decimal literal", lx.line);
        }
        lx.pos = p;
        lx.add(Kind.NUMBER, src.substring(start, p), value(lx, text, isFloat, imaginary));
    }

    private static Object value(SourceCursor lx, String text, boolean isFloat, boolean imaginary) {
        if (imaginary) {
            return new PyComplex(0.0, Double.parseDouble(text));
        } else if (isFloat) {
            return Double.parseDouble(text);
        }
        if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(ch -> ch == '0')) {
            throw SourceChars.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                    + "for octal integers", lx.line);
        }
        if (text.length() > NumberText.INT_MAX_STR_DIGITS) {
            throw SourceChars.error("Exceeds the limit (" + NumberText.INT_MAX_STR_DIGITS + " digits) for integer "
                    + "string conversion: value has " + text.length() + " digits; use sys.set_int_max_str_digits() "
                    + "to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal "
                    + "conversion limits.", lx.line);
        }
        return text.length() < 19 ? (Object) Long.parseLong(text) : PyTypes.normalize(new BigInteger(text));
    }

    /** Digits with single underscores between them, from {@code p} (a digit); returns the end. */
    private static int digits(SourceCursor lx, int p) {
        String src = lx.src;
        while (p < src.length()) {
            char c = src.charAt(p);
            if (SourceChars.isDigit(c)) {
                p++;
            } else if (c == '_' && p + 1 < src.length() && SourceChars.isDigit(src.charAt(p + 1))) {
                p++;
            } else if (c == '_') {
                throw SourceChars.error("invalid decimal literal", lx.line);
            } else {
                break;
            }
        }
        return p;
    }

    /** A number glued to a name is an error, except the keywords CPython lets through. */
    private static boolean badEnd(String src, int p) {
        if (p >= src.length() || !SourceChars.isNamePart(src.charAt(p))) {
            return false;
        }
        for (String k : KEYWORDS_AFTER_NUMBER) {
            if (src.startsWith(k, p)) {
                return false;
            }
        }
        return true;
    }
}
