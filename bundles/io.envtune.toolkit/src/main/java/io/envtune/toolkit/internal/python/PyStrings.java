package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python {@code str} methods whose Java look-alikes differ (splitlines, split, strip, len, lower, ordering), and the
 * {@code AttributeError} of a str method called on something else.
 */
public final class PyStrings {

    private PyStrings() {
    }

    /**
     * @param s a string
     * @return {@code s.splitlines()} (all of Python's line boundaries; no final empty piece)
     */
    public static List<String> splitlines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                out.add(s.substring(start, i));
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }

    /**
     * @param s a string
     * @return {@code s.split()} (runs of Unicode whitespace, no empty pieces)
     */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && StrBasics.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StrBasics.isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /**
     * @param s a string
     * @return {@code s.strip()} (Python's whitespace set, not Java's)
     */
    public static String strip(String s) {
        return StrBasics.strip(s);
    }

    /**
     * @param s a string
     * @return {@code len(s)} in code points
     */
    public static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * The receiver of a str method called on a value that may be anything, as tools call {@code value.lower()} on
     * their arguments.
     *
     * @param value the receiver
     * @param method the method name, for the error text
     * @param parameter the parameter that supplied the value, or null
     * @return the value, when it is a str
     * @throws PyException {@code AttributeError: 'int' object has no attribute 'lower'} otherwise
     */
    public static String receiver(Object value, String method, String parameter) {
        if (value instanceof String s) {
            return s;
        }
        throw PyErrors.attributeError(value, method, parameter);
    }

    /**
     * @param s a string
     * @return {@code s.lower()} (Unicode lower-casing, locale-independent)
     */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Python's string ordering ({@code <}, {@code sorted()}): by code point, which differs from
     * {@link String#compareTo} for characters above U+FFFF.
     *
     * @param a a string
     * @param b a string
     * @return negative, zero or positive
     */
    public static int compare(String a, String b) {
        int i = 0;
        int n = Math.min(a.length(), b.length());
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n) {
            return Integer.compare(a.length(), b.length());
        }
        return Integer.compare(a.codePointAt(i), b.codePointAt(i));
    }

    private static boolean isLineBreak(char c) {
        return (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
