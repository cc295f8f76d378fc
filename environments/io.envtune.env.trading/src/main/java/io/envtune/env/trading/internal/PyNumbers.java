package io.envtune.env.trading.internal;

import io.envtune.api.FailureKind;
import io.envtune.toolkit.PyErrors;
import io.envtune.toolkit.PyException;
import io.envtune.toolkit.PyFloat;
import io.envtune.toolkit.PyTypes;
import java.math.BigDecimal;

/**
 * The number conversions of the TradingBot reference ({@code float(x)}, {@code int(x)}, {@code abs(x)},
 * {@code f"{x:.2f}"}) on the value model's numbers, with CPython 3.11's error texts for other types. Operators and
 * comparisons come from the toolkit ({@link io.envtune.toolkit.PyOps}, {@link io.envtune.toolkit.PyCompare}).
 */
final class PyNumbers {

    private PyNumbers() {
    }

    /** @return {@code float(v)} for a number: OverflowError for ints beyond the double range */
    static double toFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (!PyTypes.isNumber(v)) {
            throw PyErrors.typeError("float() argument must be a string or a real number, not '"
                + PyTypes.typeName(v) + "'", null);
        }
        double d = PyTypes.toBigInteger(v).doubleValue();
        if (Double.isInfinite(d)) {
            throw new PyException("int too large to convert to float", FailureKind.INVALID_VALUE, null);
        }
        return d;
    }

    /** @return {@code int(v)} for a number: floats truncate; NaN and infinities fail like CPython */
    static Object toInt(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw new PyException("cannot convert float NaN to integer", FailureKind.INVALID_VALUE, null);
            }
            if (d.isInfinite()) {
                throw new PyException("cannot convert float infinity to integer", FailureKind.INVALID_VALUE, null);
            }
            return PyTypes.normalize(new BigDecimal(d).toBigInteger());
        }
        if (!PyTypes.isNumber(v)) {
            throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyTypes.typeName(v) + "'", null);
        }
        return PyTypes.normalize(PyTypes.toBigInteger(v));
    }

    /** @return {@code a * b} where a is a float and b an int, as {@code float(price) * int(amount)} computes it */
    static double multiply(double a, Object b) {
        return a * toFloat(b);
    }

    /** @return {@code abs(v)} */
    static Object abs(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (!PyTypes.isNumber(v)) {
            throw PyErrors.typeError("bad operand type for abs(): '" + PyTypes.typeName(v) + "'", null);
        }
        return PyTypes.normalize(PyTypes.toBigInteger(v).abs());
    }

    /** @return {@code f"{v:.2f}"} for a number */
    static String fixed2(Object v) {
        return PyFloat.fixed(toFloat(v), 2);
    }
}
