package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyComplex;
import io.envtune.toolkit.value.PyException;
import io.envtune.toolkit.value.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Python's arithmetic operators over the value model, with CPython 3.11's results and error texts: unbounded ints,
 * int/float promotion, true division, floor division and modulo with the divisor's sign, {@code **} (a negative float
 * to a fractional power gives a complex), sequence concatenation and repetition. Used to evaluate argument expressions
 * such as {@code 1/3} and available to domains whose tools apply Python operators to their arguments.
 */
public final class PyOps {

    /**
     * The most items or characters a sequence operator builds, and the most one call's argument expressions may build
     * in all: beyond it the result stands for CPython's MemoryError (ten words of text can ask for gigabytes).
     */
    public static final long MAX_ITEMS = 1L << 20;

    private PyOps() {
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a + b}
     * @throws PyException with CPython's TypeError/OverflowError text
     */
    public static Object add(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            return intAdd(a, b);
        } else if (isReal(a) && isReal(b)) {
            return Numbers.toFloat(a) + Numbers.toFloat(b);
        } else if (isNumeric(a) && isNumeric(b)) {
            return PyComplexMath.add(a, b);
        } else if (a instanceof String sa) {
            if (b instanceof String sb) {
                return sa + sb;
            }
            throw typeError("can only concatenate str (not \"" + PyTypes.typeName(b) + "\") to str");
        }
        return concat(a, b);
    }

    private static Object concat(Object a, Object b) {
        if (a instanceof List<?> la) {
            if (b instanceof List<?> lb) {
                List<Object> out = new ArrayList<>(la);
                out.addAll(lb);
                return out;
            }
            throw typeError("can only concatenate list (not \"" + PyTypes.typeName(b) + "\") to list");
        } else if (a instanceof PyTuple ta) {
            if (b instanceof PyTuple tb) {
                List<Object> out = new ArrayList<>(ta.items());
                out.addAll(tb.items());
                return new PyTuple(out);
            }
            throw typeError("can only concatenate tuple (not \"" + PyTypes.typeName(b) + "\") to tuple");
        }
        throw unsupported("+", a, b);
    }

    /**
     * {@code a += b}: like {@link #add}, except that a list is extended in place by any iterable (and returned), and
     * an unsupported pair names the operator {@code +=}.
     *
     * @param a the target's value
     * @param b a Python value
     * @return the new value of the target
     * @throws PyException with CPython's TypeError/OverflowError text
     */
    @SuppressWarnings("unchecked")
    public static Object iadd(Object a, Object b) {
        if (a instanceof List<?> list) {
            ((List<Object>) list).addAll(PyContainers.iterate(b, null));
            return list;
        }
        try {
            return add(a, b);
        } catch (PyException e) {
            throw inPlace(e, "+", a, b);
        }
    }

    /**
     * {@code a -= b}: like {@link #sub}, except that an unsupported pair names the operator {@code -=}.
     *
     * @param a the target's value
     * @param b a Python value
     * @return the new value of the target
     * @throws PyException with CPython's TypeError/OverflowError text
     */
    public static Object isub(Object a, Object b) {
        try {
            return sub(a, b);
        } catch (PyException e) {
            throw inPlace(e, "-", a, b);
        }
    }

    /** The in-place operator's error: CPython names {@code +=} where the binary operator said {@code +}. */
    private static PyException inPlace(PyException e, String op, Object a, Object b) {
        return e.getMessage().equals(unsupported(op, a, b).getMessage()) ? PyErrors.unsupported(op + "=", a, b) : e;
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a - b}
     */
    public static Object sub(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            return intAdd(a, neg(b));
        } else if (isReal(a) && isReal(b)) {
            return Numbers.toFloat(a) - Numbers.toFloat(b);
        } else if (isNumeric(a) && isNumeric(b)) {
            return PyComplexMath.sub(a, b);
        }
        throw unsupported("-", a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a * b}
     */
    public static Object mul(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
                long x = longOf(a);
                long y = longOf(b);
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            BigInteger x = PyTypes.toBigInteger(a);
            BigInteger y = PyTypes.toBigInteger(b);
            if ((long) x.bitLength() + y.bitLength() > Numbers.MAX_INT_BITS) {
                throw Numbers.memoryError();
            }
            return PyTypes.normalize(x.multiply(y));
        } else if (isReal(a) && isReal(b)) {
            return Numbers.toFloat(a) * Numbers.toFloat(b);
        } else if (isNumeric(a) && isNumeric(b)) {
            return PyComplexMath.mul(a, b);
        } else if (isSequence(a) || isSequence(b)) {
            return repeat(isSequence(a) ? a : b, isSequence(a) ? b : a);
        }
        throw unsupported("*", a, b);
    }

    private static Object repeat(Object seq, Object count) {
        if (!isIntLike(count)) {
            throw typeError("can't multiply sequence by non-int of type '" + PyTypes.typeName(count) + "'");
        }
        BigInteger n = PyTypes.toBigInteger(count);
        int times = n.signum() <= 0 ? 0 : n.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        List<?> items = seq instanceof String ? null : seq instanceof PyTuple t ? t.items() : (List<?>) seq;
        long size = (long) times * (items == null ? ((String) seq).length() : items.size());
        if (size > MAX_ITEMS) {
            throw Numbers.memoryError();
        }
        if (items == null) {
            return ((String) seq).repeat(times);
        }
        if (items.size() == 1) {
            List<Object> out = new ArrayList<>(Collections.nCopies(times, items.get(0)));
            return seq instanceof PyTuple ? new PyTuple(out) : out;
        }
        // One array copy per repetition: addAll once per repetition took most of a second for a million.
        Object[] unit = items.toArray();
        Object[] all = new Object[(int) size];
        for (int i = 0; i < times; i++) {
            System.arraycopy(unit, 0, all, i * unit.length, unit.length);
        }
        List<Object> out = new ArrayList<>(Arrays.asList(all));
        return seq instanceof PyTuple ? new PyTuple(out) : out;
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a / b} (true division)
     */
    public static Object truediv(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            return PyIntMath.trueDivide(a, b);
        } else if (isReal(a) && isReal(b)) {
            double y = Numbers.toFloat(b);
            if (y == 0.0) {
                throw Numbers.zeroDivision("float division by zero");
            }
            return Numbers.toFloat(a) / y;
        } else if (isNumeric(a) && isNumeric(b)) {
            return PyComplexMath.div(a, b);
        }
        throw unsupported("/", a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a // b}
     */
    public static Object floordiv(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            return PyIntMath.floorDiv(a, b);
        } else if (isReal(a) && isReal(b)) {
            return PyIntMath.floatDivmod(Numbers.toFloat(a), Numbers.toFloat(b), "float floor division by zero")[0];
        }
        throw unsupported("//", a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a % b} (numbers only; str formatting is not supported)
     */
    public static Object mod(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b)) {
            return PyIntMath.mod(a, b);
        } else if (isReal(a) && isReal(b)) {
            return PyIntMath.floatDivmod(Numbers.toFloat(a), Numbers.toFloat(b), "float modulo")[1];
        }
        throw unsupported("%", a, b);
    }

    /**
     * @param a a Python value
     * @param b a Python value
     * @return {@code a ** b}
     */
    public static Object pow(Object a, Object b) {
        if (isIntLike(a) && isIntLike(b) && PyTypes.toBigInteger(b).signum() >= 0) {
            return PyIntMath.pow(a, b);
        } else if (isReal(a) && isReal(b)) {
            return PyFloatPow.pow(Numbers.toFloat(a), Numbers.toFloat(b));
        } else if (isNumeric(a) && isNumeric(b)) {
            return PyComplexMath.pow(a, b);
        }
        throw unsupported("** or pow()", a, b);
    }

    /**
     * @param a a Python value
     * @return {@code -a}
     */
    public static Object neg(Object a) {
        if (isIntLike(a)) {
            if (!(a instanceof BigInteger) && longOf(a) != Long.MIN_VALUE) {
                return -longOf(a);
            }
            return PyTypes.normalize(PyTypes.toBigInteger(a).negate());
        } else if (PyTypes.isFloat(a)) {
            return -Numbers.toFloat(a);
        } else if (a instanceof PyComplex c) {
            return new PyComplex(-c.real(), -c.imag());
        }
        throw typeError("bad operand type for unary -: '" + PyTypes.typeName(a) + "'");
    }

    /**
     * @param a a Python value
     * @return {@code +a}
     */
    public static Object pos(Object a) {
        if (a instanceof Boolean bool) {
            return bool ? 1L : 0L;
        } else if (isNumeric(a)) {
            return a;
        }
        throw typeError("bad operand type for unary +: '" + PyTypes.typeName(a) + "'");
    }

    /**
     * @param a a Python value
     * @return {@code ~a}
     */
    public static Object invert(Object a) {
        if (isIntLike(a)) {
            return neg(intAdd(a, 1L));
        }
        throw typeError("bad operand type for unary ~: '" + PyTypes.typeName(a) + "'");
    }

    static Object intAdd(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = longOf(a);
            long y = longOf(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return PyTypes.normalize(PyTypes.toBigInteger(a).add(PyTypes.toBigInteger(b)));
    }

    static boolean isIntLike(Object v) {
        return PyTypes.isInt(v);
    }

    static boolean isReal(Object v) {
        return PyTypes.isNumber(v);
    }

    static boolean isNumeric(Object v) {
        return PyTypes.isNumber(v) || v instanceof PyComplex;
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof List || v instanceof PyTuple;
    }

    static long longOf(Object v) {
        return v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
    }

    public static PyException typeError(String message) {
        return new PyException(message, FailureKind.WRONG_TYPE, null);
    }

    private static PyException unsupported(String op, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + op + ": '" + PyTypes.typeName(a) + "' and '"
                + PyTypes.typeName(b) + "'");
    }
}
