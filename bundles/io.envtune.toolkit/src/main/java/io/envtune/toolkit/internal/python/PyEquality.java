package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyDecimal;
import io.envtune.toolkit.value.PyObject;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Python {@code ==} over the value model: {@code 1 == 1.0 == True}, {@code "1" != 1}, lists and tuples ordered (a
 * list never equals a tuple), dicts and sets unordered, NaN unequal to itself, {@link PyObject}s by their equals.
 * Dict keys and set elements are matched with Python equality too ({@code {1: 'a'} == {1.0: 'a'}}).
 */
public final class PyEquality {

    private PyEquality() {
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a == b} in Python
     */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN()) && !(a instanceof Float f && f.isNaN());
        } else if (a == null || b == null) {
            return false;
        } else if (a instanceof String || b instanceof String) {
            return a.equals(b);
        } else if (PyTypes.isNumber(a) && PyTypes.isNumber(b)) {
            return compareNumbersOrNaN(a, b) == 0;
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            return sequencesEqual(la, lb);
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return sequencesEqual(ta.items(), tb.items());
        } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            return mapsEqual(ma, mb);
        } else if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
            return setsEqual(sa, sb);
        }
        return otherEqual(a, b);
    }

    private static boolean otherEqual(Object a, Object b) {
        if (a instanceof PyComplex || b instanceof PyComplex) {
            return complexEqual(a, b);
        } else if (a instanceof PyDecimal || b instanceof PyDecimal || a instanceof Mpf || b instanceof Mpf) {
            BigDecimal x = exactValue(a);
            BigDecimal y = exactValue(b);
            return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b);
        }
        return Objects.equals(a, b);
    }

    /**
     * Python's ordering of two real numbers (int, bool, float), exact across int and float like CPython.
     *
     * @param a an int, bool or float
     * @param b an int, bool or float
     * @return negative, zero or positive; a NaN orders after every other number and equal to itself here (Python's
     *         comparisons with NaN are all false; callers that care test {@link Double#isNaN} first)
     */
    public static int compareNumbers(Object a, Object b) {
        int c = compareNumbersOrNaN(a, b);
        if (c != Integer.MIN_VALUE) {
            return c;
        }
        return Boolean.compare(isNaN(a), isNaN(b));
    }

    /** @return the comparison, or Integer.MIN_VALUE when a NaN is involved */
    private static int compareNumbersOrNaN(Object a, Object b) {
        boolean fa = PyTypes.isFloat(a);
        boolean fb = PyTypes.isFloat(b);
        if (!fa && !fb) {
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return PyTypes.toBigInteger(a).compareTo(PyTypes.toBigInteger(b));
            }
            return Long.compare(longOf(a), longOf(b));
        }
        double x = fa ? ((Number) a).doubleValue() : 0.0;
        double y = fb ? ((Number) b).doubleValue() : 0.0;
        if ((fa && Double.isNaN(x)) || (fb && Double.isNaN(y))) {
            return Integer.MIN_VALUE;
        }
        if (fa && fb) {
            return Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
        }
        return fa ? compareFloatInt(x, b) : -compareFloatInt(y, a);
    }

    private static int compareFloatInt(double x, Object i) {
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (!(i instanceof BigInteger) && Math.abs(x) < 9.0e15) {
            return Double.compare(x == 0.0 ? 0.0 : x, (double) longOf(i));
        }
        return new BigDecimal(x).compareTo(new BigDecimal(PyTypes.toBigInteger(i)));
    }

    private static long longOf(Object intValue) {
        return intValue instanceof Boolean b ? (b ? 1L : 0L) : ((Number) intValue).longValue();
    }

    private static boolean isNaN(Object v) {
        return PyTypes.isFloat(v) && Double.isNaN(((Number) v).doubleValue());
    }

    private static boolean sequencesEqual(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<?> ia = a.iterator();
        Iterator<?> ib = b.iterator();
        while (ia.hasNext()) {
            if (!eq(ia.next(), ib.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> e : a.entrySet()) {
            Object key = findKey(b.keySet(), e.getKey());
            if (key == NO_KEY || !eq(e.getValue(), b.get(key))) {
                return false;
            }
        }
        return true;
    }

    private static boolean setsEqual(Set<?> a, Set<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Object item : a) {
            if (findKey(b, item) == NO_KEY) {
                return false;
            }
        }
        return true;
    }

    private static final Object NO_KEY = new Object();

    /** The element of {@code keys} Python-equal to {@code key}: a hash lookup first, a scan only on a miss. */
    private static Object findKey(Set<?> keys, Object key) {
        if (keys.contains(key)) {
            return key;
        }
        for (Object k : keys) {
            if (eq(k, key)) {
                return k;
            }
        }
        return NO_KEY;
    }

    private static boolean complexEqual(Object a, Object b) {
        double[] x = complexParts(a);
        double[] y = complexParts(b);
        return x != null && y != null && x[0] == y[0] && x[1] == y[1];
    }

    private static double[] complexParts(Object v) {
        if (v instanceof PyComplex c) {
            return new double[] {c.real(), c.imag()};
        } else if (PyTypes.isNumber(v)) {
            return new double[] {PyTypes.toDouble(v), 0.0};
        }
        return null;
    }

    private static BigDecimal exactValue(Object v) {
        try {
            if (v instanceof PyDecimal d) {
                return new BigDecimal(d.text());
            } else if (v instanceof Mpf m) {
                return new BigDecimal(m.text());
            } else if (PyTypes.isFloat(v)) {
                double d = ((Number) v).doubleValue();
                return Double.isFinite(d) ? new BigDecimal(d) : null;
            } else if (PyTypes.isInt(v)) {
                return new BigDecimal(PyTypes.toBigInteger(v));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
