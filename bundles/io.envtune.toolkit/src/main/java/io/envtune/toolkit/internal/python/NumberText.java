package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;

/**
 * Python's {@code int(str)} and {@code float(str)} parsing and the 4300-digit limit of int/str conversion, written
 * without regular expressions because they sit on tool hot paths.
 */
public final class NumberText {

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int INT_MAX_STR_DIGITS = 4300;
    /** An int of more bits than this has more than 4300 decimal digits: 2**14300 is about 10**4304.7. */
    private static final int SURELY_TOO_MANY_BITS = 14_300;

    private NumberText() {
    }

    /** @return {@code float(s)} */
    static double parseFloat(String s) {
        String ascii = normalize(s);
        if (ascii != null) {
            String lower = ascii.toLowerCase(java.util.Locale.ROOT);
            String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
            boolean negative = lower.startsWith("-");
            if (body.equals("inf") || body.equals("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (body.equals("nan")) {
                return Double.NaN;
            }
            if (isDecimalFloat(body)) {
                double d = Double.parseDouble(body);
                return negative ? -d : d;
            }
        }
        throw new PyException("could not convert string to float: " + StrBasics.repr(s), FailureKind.INVALID_VALUE,
                null);
    }

    /** @return {@code int(s)} as Long or BigInteger */
    static Object parseInt(String s) {
        String ascii = normalize(s);
        if (ascii != null) {
            boolean negative = ascii.startsWith("-");
            String body = ascii.startsWith("+") || negative ? ascii.substring(1) : ascii;
            if (!body.isEmpty() && allDigits(body, 0, body.length())) {
                if (body.length() > INT_MAX_STR_DIGITS) {
                    throw new PyException("Exceeds the limit (" + INT_MAX_STR_DIGITS
                            + " digits) for integer string conversion: value has " + body.length()
                            + " digits; use sys.set_int_max_str_digits() to increase the limit",
                            FailureKind.INVALID_VALUE, null);
                }
                BigInteger v = new BigInteger(body);
                return Numbers.normalize(negative ? v.negate() : v);
            }
        }
        throw new PyException("invalid literal for int() with base 10: " + StrBasics.repr(s), FailureKind.INVALID_VALUE,
                null);
    }

    /** @return whether a Decimal's text is a zero */
    static boolean isZeroDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
            if (c == 'E' || c == 'e') {
                return true;
            }
        }
        return !text.toLowerCase(java.util.Locale.ROOT).contains("inf") && !text.contains("NaN");
    }

    /**
     * @param value an int
     * @return its decimal text
     * @throws PyException past CPython's 4300-digit limit
     */
    static String intText(BigInteger value) {
        // Decide from the bit length first: toString of a multi-million-bit int takes seconds, only to be refused.
        if (value.bitLength() > SURELY_TOO_MANY_BITS) {
            throw tooManyDigits();
        }
        String text = value.toString();
        int digits = text.length() - (value.signum() < 0 ? 1 : 0);
        if (digits > INT_MAX_STR_DIGITS) {
            throw tooManyDigits();
        }
        return text;
    }

    private static PyException tooManyDigits() {
        return new PyException("Exceeds the limit (" + INT_MAX_STR_DIGITS + " digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit", FailureKind.INVALID_VALUE, null);
    }

    /**
     * Strips Python whitespace, maps Unicode decimal digits to ASCII and removes underscores that sit between two
     * digits; null when an underscore is misplaced or a character is outside ASCII after mapping.
     */
    private static String normalize(String s) {
        String t = StrBasics.strip(s);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                boolean ok = i > 0 && isDigit(t.charAt(i - 1)) && i + 1 < t.length() && isDigit(t.charAt(i + 1));
                if (!ok) {
                    return null;
                }
                continue;
            }
            if (c >= 0x80) {
                if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                    return null;
                }
                c = (char) ('0' + Character.digit(c, 10));
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 0x80 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** digits [. digits?] | . digits, then optional e[sign]digits; no sign (already removed). */
    private static boolean isDecimalFloat(String s) {
        int e = Math.max(s.indexOf('e'), -1);
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        if (e >= 0) {
            String exp = s.substring(e + 1);
            int from = exp.startsWith("+") || exp.startsWith("-") ? 1 : 0;
            if (exp.length() == from || !allDigits(exp, from, exp.length())) {
                return false;
            }
        }
        int dot = mantissa.indexOf('.');
        if (dot < 0) {
            return !mantissa.isEmpty() && allDigits(mantissa, 0, mantissa.length());
        }
        boolean intOk = allDigits(mantissa, 0, dot);
        boolean fracOk = allDigits(mantissa, dot + 1, mantissa.length());
        return intOk && fracOk && mantissa.length() > 1;
    }
}
