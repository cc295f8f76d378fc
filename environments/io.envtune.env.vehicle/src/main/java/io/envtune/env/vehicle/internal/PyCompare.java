package io.envtune.env.vehicle.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyEquality;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyTuple;
import io.envtune.toolkit.PyTypes;
import java.util.List;

/**
 * Python's ordering comparisons ({@code <}, {@code <=}, {@code >}) over the value model: numbers exactly (an int
 * against a float without rounding; any comparison with NaN is false), strings by code point, lists and tuples element
 * by element; anything else raises CPython's {@code '<' not supported between instances of 'X' and 'Y'}. The toolkit
 * offers the arithmetic operators but no ordering, so the few comparisons the tools make live here.
 */
final class PyCompare {

    private PyCompare() {
    }

    /** @return {@code a < b} */
    static boolean lt(Object a, Object b) {
        return compare("<", a, b);
    }

    /** @return {@code a <= b} */
    static boolean le(Object a, Object b) {
        return compare("<=", a, b);
    }

    /** @return {@code a > b} */
    static boolean gt(Object a, Object b) {
        return compare(">", a, b);
    }

    private static boolean compare(String op, Object a, Object b) {
        int c;
        if (PyTypes.isNumber(a) && PyTypes.isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            c = PyEquality.compareNumbers(a, b);
        } else if (a instanceof String sa && b instanceof String sb) {
            c = compareCodePoints(sa, sb);
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            return compareSequences(op, la, lb);
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return compareSequences(op, ta.items(), tb.items());
        } else {
            throw new PyException("'" + op + "' not supported between instances of '" + PyTypes.typeName(a)
                    + "' and '" + PyTypes.typeName(b) + "'", FailureKind.WRONG_TYPE, null);
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> c > 0;
        };
    }

    private static boolean compareSequences(String op, List<?> a, List<?> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!PyEquality.eq(a.get(i), b.get(i))) {
                return compare(op, a.get(i), b.get(i));
            }
        }
        return compare(op, (long) a.size(), (long) b.size());
    }

    private static boolean isNaN(Object v) {
        return PyTypes.isFloat(v) && Double.isNaN(((Number) v).doubleValue());
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
