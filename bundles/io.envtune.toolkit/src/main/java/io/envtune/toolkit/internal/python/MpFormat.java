package io.envtune.toolkit.internal.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** mpmath's {@code repr} digits of an mpf: {@code repr_dps(prec)} significant digits laid out like {@code to_str}. */
final class MpFormat {

    private static final double LOG2_10 = 3.3219280948873626;

    private MpFormat() {
    }

    /** mpmath's {@code dps_to_prec}: bits for a number of decimal places. */
    static int precBits(int dps) {
        return (int) Math.max(1, Math.rint((dps + 1) * LOG2_10));
    }

    /** mpmath's {@code repr_dps}: digits shown by repr at a binary precision. */
    static int reprDigits(int prec) {
        int dps = (int) Math.max(1, (long) Math.rint(prec / LOG2_10) - 1);
        return dps == 15 ? 17 : dps + 3;
    }

    /** The text inside {@code mpf('...')}. */
    static String text(MpFloat x, int prec) {
        if (x.special() != null) {
            return switch (x.special()) {
                case ZERO -> "0.0";
                case POS_INF -> "+inf";
                case NEG_INF -> "-inf";
                default -> "nan";
            };
        }
        return digits(x.exact(), reprDigits(prec));
    }

    /**
     * {@code to_str(x, n)}: the exact value truncated to n + 3 significant digits, rounded half-up at digit n + 1,
     * fixed notation when {@code min(-(n // 3), -5) < exponent < n}, trailing zeros stripped.
     */
    private static String digits(BigDecimal value, int n) {
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal t = value.abs().round(new MathContext(n + 3, RoundingMode.DOWN));
        String d = t.unscaledValue().toString();
        int exponent = d.length() - 1 - t.scale();
        d = d.length() < n + 3 ? d + "0".repeat(n + 3 - d.length()) : d;
        if (d.charAt(n) >= '5') {
            StringBuilder up = new StringBuilder(d.substring(0, n));
            int i = n - 1;
            while (i >= 0 && up.charAt(i) == '9') {
                up.setCharAt(i--, '0');
            }
            if (i >= 0) {
                up.setCharAt(i, (char) (up.charAt(i) + 1));
                d = up.toString();
            } else {
                d = "1" + "0".repeat(n - 1);
                exponent++;
            }
        } else {
            d = d.substring(0, n);
        }
        return sign + layout(d, exponent, n);
    }

    private static String layout(String d, int exponent, int n) {
        int split = 1;
        boolean fixed = Math.min(-(n / 3), -5) < exponent && exponent < n;
        if (fixed && exponent < 0) {
            d = "0".repeat(-exponent) + d;
        } else if (fixed) {
            split = exponent + 1;
            d = split > n ? d + "0".repeat(split - n) : d;
        }
        String s = d.substring(0, split) + "." + d.substring(split);
        s = stripZeros(s);
        if (fixed) {
            return s;
        }
        return s + (exponent >= 0 ? "e+" : "e") + exponent;
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.charAt(end - 1) == '.' ? s.substring(0, end) + "0" : s.substring(0, end);
    }
}
