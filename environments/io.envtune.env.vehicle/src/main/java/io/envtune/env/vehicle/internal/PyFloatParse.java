package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyRepr;
import java.util.regex.Pattern;

/**
 * {@code float(str)} as CPython 3.11 parses it: surrounding whitespace allowed, underscores only between digits,
 * {@code inf}/{@code infinity}/{@code nan} in any case with an optional sign; anything else raises
 * {@code ValueError: could not convert string to float: '<original text>'}.
 */
final class PyFloatParse {

    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\." + "(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyFloatParse() {
    }

    /**
     * @param text the string argument
     * @return its float value
     * @throws PyException with CPython's ValueError text when it is not a float literal
     */
    static double parse(String text) {
        String s = text.strip();
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s.replace("_", ""));
        }
        if (SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            if (s.toLowerCase(java.util.Locale.ROOT).endsWith("nan")) {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new PyException("could not convert string to float: " + PyRepr.repr(text),
                FailureKind.WRONG_TYPE, null);
    }
}
