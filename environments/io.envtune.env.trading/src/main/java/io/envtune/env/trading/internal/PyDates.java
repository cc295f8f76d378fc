package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyText;
import io.envtune.toolkit.PyValues;
import io.envtune.toolkit.value.PyException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPython 3.11's {@code datetime.strptime} for the two formats TradingBot uses ({@code %Y-%m-%d} and
 * {@code %Y-%m-%d %H:%M:%S}): the same regular expressions (non-padded fields accepted, a run of whitespace for the
 * space, Unicode digits), the same error texts, and {@code strftime("%Y-%m-%d %H:%M:%S")}.
 */
final class PyDates {

    /** {@code %Y-%m-%d}. */
    static final String DATE = "%Y-%m-%d";
    /** {@code %Y-%m-%d %H:%M:%S}. */
    static final String DATE_TIME = "%Y-%m-%d %H:%M:%S";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String YMD =
        "(?<Y>\\d\\d\\d\\d)-(?<m>1[0-2]|0[1-9]|[1-9])-(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])";
    private static final Pattern DATE_RE = Pattern.compile(YMD, FLAGS);
    private static final Pattern DATE_TIME_RE = Pattern.compile(
        YMD + "\\s+(?<H>2[0-3]|[0-1]\\d|\\d):(?<M>[0-5]\\d|\\d):(?<S>6[0-1]|[0-5]\\d|\\d)", FLAGS);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private PyDates() {
    }

    /**
     * @param value the argument given to strptime
     * @param format {@link #DATE} or {@link #DATE_TIME}
     * @return the parsed datetime
     * @throws PyException with CPython's TypeError or ValueError text
     */
    static LocalDateTime strptime(Object value, String format) {
        if (!(value instanceof String text)) {
            throw new PyException("strptime() argument 1 must be str, not " + PyValues.typeName(value),
                FailureKind.WRONG_TYPE, null);
        }
        Matcher m = (DATE.equals(format) ? DATE_RE : DATE_TIME_RE).matcher(text);
        if (!m.lookingAt()) {
            throw invalid("time data " + PyText.repr(text) + " does not match format " + PyText.repr(format));
        }
        if (m.end() != text.length()) {
            throw invalid("unconverted data remains: " + text.substring(m.end()));
        }
        int year = number(m.group("Y"));
        int month = number(m.group("m"));
        int day = number(m.group("d"));
        if (year < 1) {
            throw invalid("year " + year + " is out of range");
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            throw invalid("day is out of range for month");
        }
        if (DATE.equals(format)) {
            return LocalDateTime.of(year, month, day, 0, 0);
        }
        int second = number(m.group("S"));
        if (second > 59) {
            throw invalid("second must be in 0..59");
        }
        return LocalDateTime.of(year, month, day, number(m.group("H")), number(m.group("M")), second);
    }

    /** @return {@code dt.strftime("%Y-%m-%d %H:%M:%S")} */
    static String format(LocalDateTime dt) {
        return dt.format(OUT);
    }

    /** {@code int(text)} over Unicode decimal digits, with the leading space {@code %d} allows. */
    private static int number(String text) {
        return text.codePoints().filter(cp -> cp != ' ')
            .reduce(0, (value, cp) -> value * 10 + Character.digit(cp, 10));
    }

    private static PyException invalid(String message) {
        return new PyException(message, FailureKind.INVALID_VALUE, null);
    }
}
