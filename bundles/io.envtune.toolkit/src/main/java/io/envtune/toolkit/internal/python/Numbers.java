package io.envtune.toolkit.internal.python;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.value.PyException;
import java.math.BigInteger;

/**
 * The numeric primitives every operator and conversion shares: {@code float(x)} of an int with its
 * {@code OverflowError} text, the model's normal int form, CPython's {@code ZeroDivisionError} and
 * {@code MemoryError}, and the int size limit. They depend on nothing else of the value model, so the operators,
 * their complex, power and integer helpers, and the type conversions all call down to them, never back up.
 */
public final class Numbers {

    /**
     * The largest int an operator builds, in bits (about 315,000 digits): a larger result stands for CPython's
     * MemoryError, because multiplying or printing multi-million-bit ints takes seconds to minutes.
     */
    static final long MAX_INT_BITS = 1L << 20;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Numbers() {
    }

    /** {@code float(x)} of an int, bool or float, with Python's overflow text for huge ints. */
    public static double toFloat(Object v) {
        if (v instanceof BigInteger big) {
            double d = big.doubleValue();
            if (Double.isInfinite(d)) {
                throw new PyException("int too large to convert to float", FailureKind.INVALID_VALUE, null);
            }
            return d;
        }
        return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
    }

    /**
     * @param value an arbitrary-size int
     * @return the value as Long when it fits, else the BigInteger itself (the model's normal form)
     */
    static Object normalize(BigInteger value) {
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        return value;
    }

    /** @return CPython's MemoryError, whose str is empty */
    public static PyException memoryError() {
        return new PyException("", FailureKind.INVALID_VALUE, null);
    }

    /**
     * @param message CPython's text, e.g. {@code division by zero}
     * @return a {@code ZeroDivisionError}
     */
    static PyException zeroDivision(String message) {
        return new PyException(message, FailureKind.INVALID_VALUE, null);
    }
}
