package io.envtune.env.math.internal;

import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.math.BigDecimal;
import java.util.List;

/**
 * Python's {@code <} and {@code >} for {@code min()} and {@code max()}: numbers compare exactly across int and float
 * (NaN compares false), strings by code point, lists and tuples lexicographically; other pairs raise
 * {@code TypeError}.
 */
final class PyOrder {

    private PyOrder() {
    }

    /**
     * @param a the left operand
     * @param b the right operand
     * @param greater true for {@code a > b}, false for {@code a < b}
     * @return the Python comparison result
     */
    static boolean compare(Object a, Object b, boolean greater) {
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return numbers(a, b, greater);
        }
        if (a instanceof String x && b instanceof String y) {
            int c = codePointCompare(x, y);
            return greater ? c > 0 : c < 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return sequences(x, y, greater);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequences(x.items(), y.items(), greater);
        }
        throw PyError.typeError("'" + (greater ? ">" : "<") + "' not supported between instances of '"
            + PyTypes.typeName(a) + "' and '" + PyTypes.typeName(b) + "'");
    }

    private static boolean numbers(Object a, Object b, boolean greater) {
        int c;
        if (a instanceof Double x && b instanceof Double y) {
            return greater ? x > y : x < y;
        } else if (a instanceof Double || b instanceof Double) {
            double d = a instanceof Double x ? x : (Double) b;
            if (Double.isNaN(d)) {
                return false;
            }
            c = exact(a).compareTo(exact(b));
        } else {
            c = PyNumbers.big(a).compareTo(PyNumbers.big(b));
        }
        return greater ? c > 0 : c < 0;
    }

    /** Exact value of a number; infinities stand in as values beyond any int. */
    private static BigDecimal exact(Object v) {
        if (v instanceof Double d) {
            if (Double.isInfinite(d)) {
                return new BigDecimal("1e100000").multiply(BigDecimal.valueOf(Math.signum(d)));
            }
            return new BigDecimal(d);
        }
        return new BigDecimal(PyNumbers.big(v));
    }

    private static boolean sequences(List<?> x, List<?> y, boolean greater) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            if (!PyEquality.eq(x.get(i), y.get(i))) {
                return compare(x.get(i), y.get(i), greater);
            }
        }
        return greater ? x.size() > y.size() : x.size() < y.size();
    }

    private static int codePointCompare(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
