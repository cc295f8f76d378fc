package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python float formatting and rounding: shortest round-trip {@code repr}, {@code round(x, n)} half-even on the exact
 * binary value, and {@code "%.nf"} formatting (also exact-value half-even). Java's {@code Double.toString} and
 * {@code String.format} differ from CPython (layout, and not always shortest or correctly rounded), so the digits
 * are derived from the exact binary value with {@link BigDecimal}.
 */
public final class PyFloat {

    /** Python's round() returns x unchanged past this many digits (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103. */
    private static final int NDIGITS_MAX = 323;
    /** Python's round() returns a signed zero below this (DBL_MAX_EXP + 1) * 0.30103. */
    private static final int NDIGITS_MIN = -308;
    private static final double FAST_INTEGRAL_LIMIT = 1e16;

    private PyFloat() {
    }

    /**
     * @param x a double
     * @return {@code repr(x)}: {@code 10000.0}, {@code 1e-05}, {@code 1e+16}, {@code inf}, {@code nan}
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        } else if (x == 0.0) {
            return 1.0 / x < 0 ? "-0.0" : "0.0";
        } else if (x == Math.rint(x) && Math.abs(x) < FAST_INTEGRAL_LIMIT) {
            // Every integral double below 1e16 is exact and no shorter digit string rounds to it.
            return (long) x + ".0";
        }
        BigDecimal digits = shortest(Math.abs(x));
        String unscaled = digits.unscaledValue().toString();
        int exponent = unscaled.length() - 1 - digits.scale();
        return layout(x < 0, unscaled, exponent);
    }

    /**
     * The shortest decimal that reads back as {@code ax}, nearest to it among equally short ones. For normal doubles
     * the nearest 15-digit rounding decides whether 15 digits or fewer suffice (distinct decimals of at most 15 digits
     * map to distinct doubles, so it is then the shortest one); otherwise 16 digits (both neighbours tried) or 17
     * (always enough). Subnormals have less precision and try every length.
     */
    static BigDecimal shortest(double ax) {
        BigDecimal exact = new BigDecimal(ax);
        if (ax < Double.MIN_NORMAL) {
            return shortestFrom(exact, ax, 1);
        }
        BigDecimal r15 = exact.round(new MathContext(15, RoundingMode.HALF_EVEN));
        if (r15.doubleValue() == ax) {
            return r15.stripTrailingZeros();
        }
        return shortestFrom(exact, ax, 16);
    }

    /** Tries precisions from {@code p} up: the nearest rounding first, then the other neighbour. */
    private static BigDecimal shortestFrom(BigDecimal exact, double ax, int p) {
        for (; p < 17; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == ax) {
                return nearest.stripTrailingZeros();
            }
            RoundingMode other = nearest.compareTo(exact) > 0 ? RoundingMode.DOWN : RoundingMode.UP;
            BigDecimal second = exact.round(new MathContext(p, other));
            if (second.doubleValue() == ax) {
                return second.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's repr layout: fixed for decimal exponents in [-4, 16), else {@code d.ddde±XX}. */
    private static String layout(boolean negative, String digits, int exponent) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) {
            sb.append('-');
        }
        if (exponent >= 16 || exponent < -4) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append(exponent < 0 ? "e-" : "e+");
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            return sb.append(abs).toString();
        }
        if (exponent < 0) {
            sb.append("0.");
            sb.append("0".repeat(-exponent - 1)).append(digits);
            return sb.toString();
        }
        if (digits.length() <= exponent + 1) {
            sb.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
        } else {
            sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
        }
        return sb.toString();
    }

    /**
     * @param x a double
     * @param ndigits digits after the point (may be negative)
     * @return {@code round(x, ndigits)}
     * @throws PyException {@code rounded value too large to represent} when the result overflows, like Python
     */
    public static double round(double x, int ndigits) {
        if (!Double.isFinite(x) || x == 0.0 || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw new PyException("rounded value too large to represent", FailureKind.INVALID_VALUE, null);
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /**
     * @param x a double
     * @param decimals digits after the point
     * @return {@code f"{x:.<decimals>f}"}
     */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = x < 0 || (x == 0.0 && 1.0 / x < 0);
        return negative && !text.startsWith("-") ? "-" + text : text;
    }

    /**
     * The text of a float as {@code json.dumps} writes it: like {@link #repr(double)}, with {@code NaN},
     * {@code Infinity} and {@code -Infinity} for the non-finite values.
     *
     * @param x a double
     * @return the JSON number text
     */
    public static String jsonText(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return repr(x);
    }
}
