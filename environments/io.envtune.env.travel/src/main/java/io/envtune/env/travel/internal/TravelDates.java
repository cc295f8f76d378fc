package io.envtune.env.travel.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string handling of the TravelAPI reference that Java does differently: {@code datetime.strptime(s, "%Y-%m-%d")}
 * (single-digit months and days, a space before a one-digit day, any Unicode decimal digits) and the digit sum over
 * {@code travel_date} with {@code str.isdigit()} and {@code int()}.
 */
final class TravelDates {

    // The regex CPython's _strptime builds for "%Y-%m-%d"; \d is Unicode-aware there, the classes are ASCII.
    private static final Pattern YMD = Pattern.compile(
        "(\\d\\d\\d\\d)-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
        Pattern.UNICODE_CHARACTER_CLASS);

    private TravelDates() {
    }

    /**
     * {@code datetime.strptime(value, "%Y-%m-%d")}.
     *
     * @param value the argument
     * @param param its parameter name
     * @return the date, or null where Python raises ValueError (the callers catch it)
     * @throws PyException the TypeError for a non-str argument (the callers do not catch it)
     */
    static LocalDate strptimeYmd(Object value, String param) {
        if (!(value instanceof String text)) {
            String type = value == null ? "None" : PyValues.typeName(value);
            throw new PyException("strptime() argument 1 must be str, not " + type, FailureKind.WRONG_TYPE, param);
        }
        Matcher m = YMD.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int year = (int) decimal(m.group(1));
        if (year < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, (int) decimal(m.group(2).strip()), (int) decimal(m.group(3).strip()));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code sum(int(char) for char in value if char.isdigit())}.
     *
     * @param value the travel date argument (iterated as Python would: a str by characters, a list by items)
     * @param param its parameter name
     * @return the sum
     */
    static long digitSum(Object value, String param) {
        long sum = 0;
        for (Object item : PyValues.iterate(value, param)) {
            if (!(item instanceof String s)) {
                throw PyValues.attributeError(item, "isdigit", param);
            }
            sum += intOfDigitString(s, param);
        }
        return sum;
    }

    /** @return {@code int(s)} when {@code s.isdigit()}, else 0 (the item is skipped) */
    private static long intOfDigitString(String s, String param) {
        if (s.isEmpty() || !s.codePoints().allMatch(TravelDates::isDigit)) {
            return 0;
        }
        if (!s.codePoints().allMatch(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)) {
            throw new PyException("invalid literal for int() with base 10: " + PyText.repr(s),
                FailureKind.INVALID_VALUE, param);
        }
        return decimal(s);
    }

    /** Python's {@code str.isdigit()} for one code point: decimal digits plus digit-valued symbols (superscripts). */
    private static boolean isDigit(int cp) {
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        int v = Character.getNumericValue(cp);
        return type == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    private static long decimal(String digits) {
        long v = 0;
        for (int cp : digits.codePoints().toArray()) {
            v = v * 10 + Character.digit(cp, 10);
        }
        return v;
    }
}
