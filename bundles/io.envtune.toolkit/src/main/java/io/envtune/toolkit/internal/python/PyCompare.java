package io.envtune.toolkit.internal.python;

import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.util.List;

/**
 * Python's ordering operators ({@code <}, {@code <=}, {@code >}, {@code >=}) over the value model, as CPython 3.11
 * evaluates them: ints, bools and floats exactly against each other (an int against a float without rounding; every
 * comparison with NaN is false), strings by code point, lists with lists and tuples with tuples element by element.
 * Any other pair raises {@code TypeError: '<' not supported between instances of 'X' and 'Y'}. Stateless.
 */
public final class PyCompare {

    private PyCompare() {
    }

    /** @return {@code a < b} */
    public static boolean lt(Object a, Object b) {
        return compare("<", a, b, null);
    }

    /** @return {@code a <= b} */
    public static boolean le(Object a, Object b) {
        return compare("<=", a, b, null);
    }

    /** @return {@code a > b} */
    public static boolean gt(Object a, Object b) {
        return compare(">", a, b, null);
    }

    /** @return {@code a >= b} */
    public static boolean ge(Object a, Object b) {
        return compare(">=", a, b, null);
    }

    /**
     * @param op one of {@code <}, {@code <=}, {@code >}, {@code >=}
     * @param a the left operand
     * @param b the right operand
     * @param parameter the parameter to blame when the types do not compare, or null
     * @return {@code a op b}
     * @throws PyException CPython's {@code TypeError} for operands that do not compare
     */
    public static boolean compare(String op, Object a, Object b, String parameter) {
        int c;
        if (PyTypes.isNumber(a) && PyTypes.isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            c = PyEquality.compareNumbers(a, b);
        } else if (a instanceof String x && b instanceof String y) {
            c = PyStrings.compare(x, y);
        } else if (a instanceof List<?> x && b instanceof List<?> y) {
            return sequences(op, x, y, parameter);
        } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequences(op, x.items(), y.items(), parameter);
        } else {
            throw PyErrors.typeError("'" + op + "' not supported between instances of '" + PyTypes.typeName(a)
                    + "' and '" + PyTypes.typeName(b) + "'", parameter);
        }
        return holds(op, c);
    }

    /** Lexicographic: the first unequal pair decides (and may raise), else the lengths; identity counts as equal. */
    private static boolean sequences(String op, List<?> a, List<?> b, String parameter) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (a.get(i) != b.get(i) && !PyEquality.eq(a.get(i), b.get(i))) {
                return compare(op, a.get(i), b.get(i), parameter);
            }
        }
        return holds(op, Integer.compare(a.size(), b.size()));
    }

    private static boolean holds(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> throw new IllegalArgumentException("not an ordering operator: " + op);
        };
    }

    private static boolean isNaN(Object v) {
        return PyTypes.isFloat(v) && Double.isNaN(((Number) v).doubleValue());
    }
}
